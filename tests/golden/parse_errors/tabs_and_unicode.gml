	var café = "ok";
	var s = "é" + ;
