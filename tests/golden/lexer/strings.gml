"plain" "esc \n \r \t \b \f \v \a \\ \" \q" "\u1F642 \u00e2\u61 \u{1F600} \x41 \101 \7"
@"verbatim \n" @'single "inner"
second line' "bad
"ok"
