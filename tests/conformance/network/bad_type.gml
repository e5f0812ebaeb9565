// An unknown socket type is an error that names the function.
network_create_server(5, 6510, 4);
