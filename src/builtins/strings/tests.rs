use super::compose::*;
use super::edit::*;
use super::encode::*;
use super::*;
use crate::builtins::NativeFn;

fn vm() -> Vm {
    Vm::new(Box::new(Vec::new()))
}
fn s(v: &str) -> Value {
    Value::str(v)
}
fn r(x: f64) -> Value {
    Value::Real(x)
}
fn arr(items: Vec<Value>) -> Value {
    Value::new_array(items)
}
/// Calls `f` and returns its result as a string (panics when it is not one).
fn st(f: NativeFn, args: &[Value]) -> String {
    match f(&mut vm(), args) {
        Ok(Value::Str(t)) => t.to_string(),
        Ok(v) => panic!("expected a string, got {}", v.type_name()),
        Err(e) => panic!("error: {}", e.message()),
    }
}
fn num(f: NativeFn, args: &[Value]) -> f64 {
    match f(&mut vm(), args) {
        Ok(Value::Real(x)) => x,
        Ok(v) => panic!("expected a real, got {}", v.type_name()),
        Err(e) => panic!("error: {}", e.message()),
    }
}
fn yes(f: NativeFn, args: &[Value]) -> bool {
    match f(&mut vm(), args) {
        Ok(Value::Bool(b)) => b,
        _ => panic!("expected a bool"),
    }
}
/// The strings of an array result.
fn strs(f: NativeFn, args: &[Value]) -> Vec<String> {
    match f(&mut vm(), args) {
        Ok(Value::Array(a)) => a
            .borrow()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect(),
        _ => panic!("expected an array"),
    }
}

#[test]
fn length_counts_characters() {
    assert_eq!(num(string_length, &[s("Hello world!")]), 12.0);
    assert_eq!(num(string_length, &[s("€59.99")]), 6.0);
    assert_eq!(num(string_length, &[s("🙂")]), 1.0);
    assert_eq!(num(string_length, &[s("")]), 0.0);
    assert_eq!(num(string_length, &[r(1.234)]), 4.0); // "1.23"
    assert_eq!(num(string_length, &[Value::Bool(true)]), 1.0);
    assert!(string_length(&mut vm(), &[Value::Undefined]).is_err());
    assert!(string_pos(&mut vm(), &[s("a"), Value::Undefined]).is_err());
    assert_eq!(num(string_byte_length, &[s("€59.99")]), 8.0);
    assert_eq!(num(string_byte_length, &[s("💩👏✔")]), 11.0);
}

#[test]
fn char_at_clamps_and_truncates() {
    let h = s("hello World!");
    assert_eq!(st(string_char_at, &[h.clone(), r(7.0)]), "W");
    assert_eq!(st(string_char_at, &[h.clone(), r(7.6)]), "W");
    assert_eq!(st(string_char_at, &[h.clone(), r(0.0)]), "h");
    assert_eq!(st(string_char_at, &[h.clone(), r(-2.0)]), "h");
    assert_eq!(st(string_char_at, &[h.clone(), r(100.0)]), "");
    assert_eq!(st(string_char_at, &[h.clone(), r(f64::NAN)]), "h");
    assert_eq!(st(string_char_at, &[h, s("7")]), "W");
    assert_eq!(st(string_char_at, &[r(1.234), r(2.0)]), ".");
    assert_eq!(st(string_char_at, &[Value::Int64(1234), r(2.0)]), "2");
    assert_eq!(st(string_char_at, &[s("!£水🙂a"), r(4.0)]), "🙂");
    assert_eq!(st(string_char_at, &[s(""), r(1.0)]), "");
    assert!(string_char_at(&mut vm(), &[s("abc"), s("x")]).is_err());
    assert!(string_char_at(&mut vm(), &[s("abc"), Value::Undefined]).is_err());
}

#[test]
fn ord_at_and_bytes() {
    let h = s("hello World!");
    assert_eq!(num(string_ord_at, &[h.clone(), r(7.0)]), 87.0);
    assert_eq!(num(string_ord_at, &[h.clone(), r(0.0)]), 104.0);
    assert_eq!(num(string_ord_at, &[h.clone(), r(100.0)]), -1.0);
    assert_eq!(num(string_ord_at, &[s("!£水🙂a"), r(3.0)]), 27700.0);
    assert_eq!(num(string_ord_at, &[s(""), r(1.0)]), -1.0);
    assert_eq!(num(string_byte_at, &[h.clone(), r(100.0)]), 33.0);
    assert_eq!(num(string_byte_at, &[h.clone(), r(-2.0)]), 104.0);
    assert_eq!(num(string_byte_at, &[s("!£水🙂a"), r(7.0)]), 240.0);
    assert_eq!(num(string_byte_at, &[s(""), r(1.0)]), 0.0);
}

#[test]
fn set_byte_at_keeps_raw_bytes() {
    assert_eq!(
        st(string_set_byte_at, &[s("hello"), r(2.0), r(97.0)]),
        "hallo"
    );
    assert_eq!(
        st(string_set_byte_at, &[s("Eyup World"), r(7.0), r(2080.0)]),
        "Eyup W rld"
    );
    assert_eq!(
        st(string_set_byte_at, &[Value::Int64(1234), r(2.0), r(32.0)]),
        "1 34"
    );
    assert!(string_set_byte_at(&mut vm(), &[s("hello"), r(0.0), r(87.0)]).is_err());
    assert!(string_set_byte_at(&mut vm(), &[s("hello"), r(6.0), r(87.0)]).is_err());
    // Building a four-byte character one byte at a time goes through invalid UTF-8.
    let mut t = s("xxxx");
    for (i, b) in [240.0, 159.0, 152.0, 131.0].iter().enumerate() {
        t = string_set_byte_at(&mut vm(), &[t, r(i as f64 + 1.0), r(*b)]).unwrap();
        assert_eq!(num(string_byte_at, &[t.clone(), r(i as f64 + 1.0)]), *b);
        assert_eq!(num(string_byte_length, std::slice::from_ref(&t)), 4.0);
    }
    assert_eq!(t.as_str(), Some("😃"));
}

#[test]
fn copy_delete_insert() {
    let h = s("Hello World!");
    assert_eq!(st(string_copy, &[h.clone(), r(7.0), r(5.0)]), "World");
    assert_eq!(st(string_copy, &[h.clone(), r(0.0), r(5.0)]), "Hello");
    assert_eq!(st(string_copy, &[h.clone(), r(7.0), r(100.0)]), "World!");
    assert_eq!(st(string_copy, &[h.clone(), r(50.0), r(2.0)]), "");
    assert_eq!(st(string_copy, &[h.clone(), r(3.0), r(-2.0)]), "");
    assert_eq!(
        st(string_copy, &[s("✔✔✔💩👏 hello world"), r(5.0), r(13.0)]),
        "👏 hello world"
    );
    assert_eq!(
        st(string_delete, &[h.clone(), r(7.0), r(1.0)]),
        "Hello orld!"
    );
    assert_eq!(st(string_delete, &[h.clone(), r(7.0), r(50.0)]), "Hello ");
    assert_eq!(
        st(string_delete, &[h.clone(), r(7.0), r(0.0)]),
        "Hello World!"
    );
    assert_eq!(
        st(string_delete, &[h.clone(), r(7.0), r(-1.0)]),
        "Hello orld!"
    );
    assert_eq!(
        st(string_delete, &[h.clone(), r(100.0), r(1.0)]),
        "Hello World!"
    );
    assert_eq!(
        st(string_delete, &[h.clone(), r(0.0), r(1.0)]),
        "ello World!"
    );
    assert_eq!(
        st(string_delete, &[h.clone(), r(-1.0), r(1.0)]),
        "Hello World"
    );
    assert_eq!(
        st(string_delete, &[h.clone(), s("7"), s("2")]),
        "Hello rld!"
    );
    assert_eq!(
        st(string_delete, &[h.clone(), r(7.6), r(2.6)]),
        "Hello rld!"
    );
    assert_eq!(
        st(
            string_delete,
            &[s("One, two, three, four!"), r(-2.0), r(-6.0)]
        ),
        "One, two, three!"
    );
    assert_eq!(st(string_delete, &[s(""), r(1.0), r(1.0)]), "");
    assert_eq!(
        st(string_delete, &[s("🙂x🙂x🙂x🙂"), r(5.0), r(1.0)]),
        "🙂x🙂xx🙂"
    );
    assert_eq!(st(string_delete, &[r(1.234), r(2.0), r(1.0)]), "123");
    assert_eq!(
        st(string_insert, &[s("xx"), h.clone(), r(1.0)]),
        "xxHello World!"
    );
    assert_eq!(
        st(string_insert, &[s("xx"), h.clone(), r(50.0)]),
        "Hello World!xx"
    );
    assert_eq!(
        st(string_insert, &[s("xx"), h.clone(), r(-1.0)]),
        "xxHello World!"
    );
    assert_eq!(st(string_insert, &[s("xx"), h, r(2.6)]), "Hxxello World!");
    assert_eq!(
        st(string_insert, &[s("🙂"), s("🙂🙂🙂"), r(3.0)]),
        "🙂🙂🙂🙂"
    );
    assert_eq!(
        st(string_insert, &[s("xx"), Value::Bool(true), r(1.0)]),
        "xx1"
    );
}

#[test]
fn searching() {
    let hw = s("Hello world!Hello world!");
    assert_eq!(num(string_pos, &[s("world"), hw.clone()]), 7.0);
    assert_eq!(num(string_pos, &[s("hello"), hw.clone()]), 0.0);
    assert_eq!(num(string_pos, &[s(""), hw.clone()]), 0.0);
    assert_eq!(num(string_pos, &[s("aa"), s("✔✔✔💩😀😁😂👏aa")]), 9.0);
    assert_eq!(
        num(string_pos_ext, &[s("Hello"), hw.clone(), r(13.0)]),
        13.0
    );
    assert_eq!(num(string_pos_ext, &[s("Hello"), hw.clone(), r(0.0)]), 1.0);
    assert_eq!(num(string_pos_ext, &[s("Hello"), hw.clone(), r(14.0)]), 0.0);
    assert_eq!(num(string_pos_ext, &[s("!"), hw.clone(), r(99.0)]), 0.0);
    assert_eq!(num(string_last_pos, &[s("Hello"), hw.clone()]), 13.0);
    assert_eq!(num(string_last_pos, &[s("👏"), s("✔✔✔💩😀aa😁😂👏")]), 10.0);
    assert_eq!(
        num(string_last_pos_ext, &[s("Hello"), hw.clone(), r(24.0)]),
        13.0
    );
    assert_eq!(
        num(string_last_pos_ext, &[s("Hello"), hw.clone(), r(12.0)]),
        1.0
    );
    assert_eq!(
        num(string_last_pos_ext, &[s("!"), hw.clone(), r(12.0)]),
        12.0
    );
    assert_eq!(
        num(string_last_pos_ext, &[s("!"), hw.clone(), r(11.0)]),
        0.0
    );
    assert_eq!(
        num(string_last_pos_ext, &[s("Hello"), hw.clone(), r(0.0)]),
        0.0
    );
    assert_eq!(
        num(string_last_pos_ext, &[s("Hello"), hw.clone(), r(1000.0)]),
        13.0
    );
    assert_eq!(
        num(string_last_pos_ext, &[hw.clone(), s("!"), r(24.0)]),
        0.0
    );
    assert_eq!(num(string_count, &[s("l"), s("Hello World")]), 3.0);
    assert_eq!(num(string_count, &[s("💎"), s("💎a💎💎")]), 3.0);
    assert_eq!(num(string_count, &[s("aa"), s("aaaa")]), 3.0);
    assert_eq!(num(string_count, &[s(""), s("aaaa")]), 0.0);
}

#[test]
fn replacing_and_case() {
    let e = s("Hello Earth!Earth");
    assert_eq!(
        st(string_replace, &[e.clone(), s("Earth"), s("World")]),
        "Hello World!Earth"
    );
    assert_eq!(
        st(string_replace, &[e.clone(), s(""), s("World")]),
        "Hello Earth!Earth"
    );
    assert_eq!(
        st(string_replace, &[e.clone(), s("Earth"), r(1.234)]),
        "Hello 1.23!Earth"
    );
    assert_eq!(
        st(string_replace_all, &[e.clone(), s("Earth"), s("")]),
        "Hello !"
    );
    assert_eq!(
        st(string_replace_all, &[e, s("Earth"), Value::Int64(1234)]),
        "Hello 1234!1234"
    );
    assert_eq!(
        st(
            string_replace_all,
            &[s("!£水🙂!!£水🙂"), s("!£"), s("水🙂")]
        ),
        "水🙂水🙂!水🙂水🙂"
    );
    assert_eq!(st(string_upper, &[s("老Aa老AaA é")]), "老AA老AAA é");
    assert_eq!(st(string_lower, &[s("HeLlO WoRlD! É")]), "hello world! É");
    assert_eq!(st(string_repeat, &[s("ab"), r(3.0)]), "ababab");
    assert_eq!(st(string_repeat, &[s("ab"), r(-1.0)]), "");
    assert_eq!(st(string_repeat, &[r(1.234), r(2.0)]), "1.231.23");
    assert!(string_repeat(&mut vm(), &[s("ab"), r(1e18)]).is_err());
    assert_eq!(
        st(string_letters, &[s("321!HeLlO WoRlD!123 é")]),
        "HeLlOWoRlD"
    );
    assert_eq!(st(string_digits, &[s("321!HeLlO WoRlD!123")]), "321123");
    assert_eq!(
        st(string_lettersdigits, &[s("321!HeLlO WoRlD!123")]),
        "321HeLlOWoRlD123"
    );
    assert_eq!(st(string_hash_to_newline, &[s("£99#99")]), "£99\r\n99");
}

#[test]
fn trimming_and_affixes() {
    assert_eq!(st(string_trim, &[s("\t\t \tsome text\t\n ")]), "some text");
    assert_eq!(st(string_trim_start, &[s("  秧 ")]), "秧 ");
    assert_eq!(st(string_trim_end, &[s("  秧 \r\n")]), "  秧");
    let words = arr(vec![s("This"), s("is"), s("love")]);
    assert_eq!(
        st(
            string_trim,
            &[s("ThisThis is an object I love"), words.clone()]
        ),
        " is an object I "
    );
    assert_eq!(
        st(
            string_trim_start,
            &[s("ThisThis is an object I love"), words.clone()]
        ),
        " is an object I love"
    );
    assert_eq!(st(string_trim_end, &[s("I lovelove"), words]), "I ");
    assert_eq!(st(string_trim, &[s("xx"), arr(vec![s("")])]), "xx");
    assert!(string_trim(&mut vm(), &[s("xx"), r(1.0)]).is_err());
    assert!(yes(string_starts_with, &[s("🏡🔠👸👟"), s("🏡🔠")]));
    assert!(!yes(string_starts_with, &[s("hello"), s("world")]));
    assert!(yes(string_ends_with, &[s("hello world"), s("world")]));
    assert!(yes(string_ends_with, &[s("hello"), s("")]));
}

#[test]
fn format_numbers() {
    let f = |v: f64, t: f64, d: f64| st(string_format, &[r(v), r(t), r(d)]);
    assert_eq!(f(123456.0, 6.0, 0.0), "123456");
    assert_eq!(f(123.0, 3.0, 3.0), "123.000");
    assert_eq!(f(123.456, 6.0, 6.0), "   123.456000");
    assert_eq!(f(123.456, 3.0, 0.0), "123");
    assert_eq!(f(1234.0, 8.0, 0.0), "    1234");
    assert_eq!(f(std::f64::consts::PI, 1.0, 10.0), "3.1415926536");
    assert_eq!(f(std::f64::consts::PI, 5.0, 5.0), "    3.14159");
    assert_eq!(f(-2.5, 5.0, 1.0), "   -2.5");
    assert_eq!(f(0.125, 0.0, 2.0), "0.12");
    assert_eq!(f(420.578, 0.0, 1.0), "420.6");
    assert_eq!(f(2.5, 0.0, -3.0), "2");
    assert_eq!(f(f64::NAN, 4.0, 2.0), " NaN");
    assert_eq!(f(1e300, 0.0, 0.0).len(), 301);
    assert!(string_format(&mut vm(), &[s("abc"), r(1.0), r(1.0)]).is_err());
}

#[test]
fn string_ext_fills_placeholders_from_an_array() {
    let vals = arr(vec![r(12.0), s("hello"), arr(vec![])]);
    assert_eq!(
        st(string_ext, &[s("{0} {1} {2}"), vals.clone()]),
        "12 hello [  ]"
    );
    assert_eq!(
        st(string_ext, &[s("{0} {1} {2} {3}"), vals.clone()]),
        "12 hello [  ] {3}"
    );
    assert_eq!(
        st(string_ext, &[s("{Not} {1} {} {1"), vals]),
        "{Not} hello {} {1"
    );
    assert_eq!(
        st(string_ext, &[s("{1}{0}"), arr(vec![s("合気"), s("道")])]),
        "道合気"
    );
    assert!(string_ext(&mut vm(), &[s("{0}"), r(1.0)]).is_err());
}

#[test]
fn splitting() {
    assert_eq!(
        strs(string_split, &[s("C:/Users/someone/data.json"), s("/")]),
        ["C:", "Users", "someone", "data.json"]
    );
    assert_eq!(
        strs(string_split, &[s("a||b|"), s("|")]),
        ["a", "", "b", ""]
    );
    assert_eq!(
        strs(string_split, &[s("a||b|"), s("|"), Value::Bool(true)]),
        ["a", "b"]
    );
    assert_eq!(
        strs(
            string_split,
            &[s("1|2|3|4|5"), s("|"), Value::Bool(false), r(3.0)]
        ),
        ["1", "2", "3", "4|5"]
    );
    assert_eq!(
        strs(
            string_split,
            &[
                s("abc|def||ghi|jkl|mno|pqrs"),
                s("|"),
                Value::Bool(true),
                r(4.0)
            ]
        ),
        ["abc", "def", "ghi", "jkl", "mno|pqrs"]
    );
    assert_eq!(strs(string_split, &[s("abc"), s("")]), ["abc"]);
    assert_eq!(strs(string_split, &[s(""), s(",")]), [""]);
    assert_eq!(
        strs(string_split, &[s(""), s(","), Value::Bool(true)]),
        Vec::<String>::new()
    );
    assert_eq!(
        strs(
            string_split,
            &[s("a,b"), s(","), Value::Bool(false), r(0.0)]
        ),
        ["a,b"]
    );
    assert_eq!(strs(string_split, &[s("🙂x🙂"), s("x")]), ["🙂", "🙂"]);
    let d = arr(vec![s(","), s("l")]);
    assert_eq!(
        strs(
            string_split_ext,
            &[s("hello,great,world"), d.clone(), Value::Bool(false)]
        ),
        ["he", "", "o", "great", "wor", "d"]
    );
    assert_eq!(
        strs(
            string_split_ext,
            &[s("hello,great,world"), d.clone(), Value::Bool(true)]
        ),
        ["he", "o", "great", "wor", "d"]
    );
    assert_eq!(
        strs(
            string_split_ext,
            &[s("hello,great,world"), d, Value::Bool(false), r(3.0)]
        ),
        ["he", "", "o", "great,world"]
    );
    assert!(string_split_ext(&mut vm(), &[s("a"), s(",")]).is_err());
}

#[test]
fn joining() {
    assert_eq!(
        st(string_join, &[s(","), r(12.0), s("hello"), arr(vec![])]),
        "12,hello,[  ]"
    );
    assert_eq!(st(string_join, &[s("-")]), "");
    assert_eq!(
        st(string_concat, &[s("W"), s("o"), r(0.5), Value::Undefined]),
        "Wo0.50undefined"
    );
    assert_eq!(st(string_concat, &[]), "");
    let letters: Vec<Value> = "abcdefghij".chars().map(|c| s(&c.to_string())).collect();
    let a = arr(letters);
    assert_eq!(st(string_concat_ext, &[a.clone(), r(-5.0), r(-3.0)]), "fed");
    assert_eq!(st(string_concat_ext, &[a.clone(), r(8.0)]), "ij");
    assert_eq!(st(string_concat_ext, &[a.clone(), r(100.0), r(2.0)]), "j");
    assert_eq!(
        st(
            string_concat_ext,
            &[a.clone(), r(0.0), r(f64::NEG_INFINITY)]
        ),
        "a"
    );
    assert_eq!(
        st(string_join_ext, &[s(" "), a.clone(), r(2.0), r(3.0)]),
        "c d e"
    );
    assert_eq!(st(string_join_ext, &[s(" "), arr(vec![])]), "");
    assert!(string_join_ext(&mut vm(), &[s(" "), s("abc")]).is_err());
}

#[test]
fn offset_length_rules() {
    assert_eq!(offset_length(10, 0.0, f64::INFINITY), (0, 10, 1));
    assert_eq!(offset_length(10, -5.0, -3.0), (5, 3, -1));
    assert_eq!(offset_length(4, 6.0, 10.0), (3, 1, 1));
    assert_eq!(offset_length(4, f64::NEG_INFINITY, 2.0), (0, 2, 1));
    assert_eq!(offset_length(4, -1.0, f64::NEG_INFINITY), (3, 4, -1));
    assert_eq!(offset_length(0, 0.0, 5.0), (0, 0, 1));
}

#[test]
fn foreach_needs_a_function() {
    assert!(string_foreach(&mut vm(), &[s("abc"), r(1.0)]).is_err());
}

#[test]
fn chr_ord_ansi() {
    assert_eq!(st(chr, &[r(65.0)]), "A");
    assert_eq!(st(chr, &[r(128578.0)]), "🙂");
    assert_eq!(st(chr, &[r(32769.0)]), "老");
    assert_eq!(st(chr, &[r(-1.0)]), "");
    assert_eq!(st(chr, &[r(0.0)]), "");
    assert_eq!(st(ansi_char, &[r(256.0)]), "");
    assert_eq!(st(string_set_byte_at, &[s("hello"), r(3.0), r(0.0)]), "he");
    assert_eq!(st(chr, &[r(0xD800 as f64)]), "");
    assert_eq!(num(ord, &[s("€")]), 8364.0);
    assert_eq!(num(ord, &[s("🙂 and more")]), 128578.0);
    assert_eq!(num(ord, &[s("")]), 0.0);
    assert_eq!(st(ansi_char, &[r(0x41 as f64)]), "A");
    let raw = ansi_char(&mut vm(), &[r(0xEF as f64)]).unwrap();
    assert_eq!(num(string_byte_length, std::slice::from_ref(&raw)), 1.0);
    assert_eq!(num(string_byte_at, &[raw.clone(), r(1.0)]), 239.0);
    assert_eq!(num(ord, &[raw]), 239.0);
    let bom = from_raw_bytes(&[0xEF, 0xBB, 0xBF]);
    assert_eq!(bom, "\u{FEFF}");
}

#[test]
fn hashes_and_base64() {
    assert_eq!(
        st(md5_string_utf8, &[s("")]),
        "d41d8cd98f00b204e9800998ecf8427e"
    );
    assert_eq!(
        st(md5_string_utf8, &[s("abc")]),
        "900150983cd24fb0d6963f7d28e17f72"
    );
    assert_eq!(
        st(sha1_string_utf8, &[s("abc")]),
        "a9993e364706816aba3e25717850c26c9cd0d89d"
    );
    assert_eq!(
        st(md5_string_unicode, &[s("")]),
        "d41d8cd98f00b204e9800998ecf8427e"
    );
    // UTF-16LE "a" is 61 00.
    assert_eq!(st(md5_string_unicode, &[s("a")]), md5_hex(&[0x61, 0x00]));
    assert_eq!(st(base64_encode, &[s("Hello World")]), "SGVsbG8gV29ybGQ=");
    assert_eq!(st(base64_encode, &[s("")]), "");
    assert_eq!(st(base64_encode, &[s("🙂")]), "8J+Zgg==");
    assert_eq!(st(base64_decode, &[s("SGVsbG8gV29ybGQ=")]), "Hello World");
    assert_eq!(st(base64_decode, &[s("SGVs\nbG8gV29ybGQ")]), "Hello World");
    assert_eq!(st(base64_decode, &[s("8J+Zgg==")]), "🙂");
    assert_eq!(st(base64_decode, &[s("")]), "");
}

#[test]
fn clipboard_round_trip() {
    assert!(!yes(clipboard_has_text, &[]));
    clipboard_set_text(&mut vm(), &[s("copied 🙂")]).unwrap();
    assert!(yes(clipboard_has_text, &[]));
    assert_eq!(st(clipboard_get_text, &[]), "copied 🙂");
    clipboard_set_text(&mut vm(), &[s("")]).unwrap();
    assert!(!yes(clipboard_has_text, &[]));
}

/// Every builtin of the strings, maths and date tables returns a value or an error for awkward
/// arguments; none panics.
#[test]
fn builtins_never_panic() {
    use crate::builtins::{date, maths, VARIADIC};
    let samples = [
        Value::Undefined,
        r(f64::NAN),
        r(f64::INFINITY),
        r(f64::NEG_INFINITY),
        r(-1e300),
        r(1e300),
        r(-3.7),
        r(0.0),
        r(2.0),
        r(1e18),
        r(-1.0),
        r(0.5),
        r(2e9),
        Value::Int64(-1),
        Value::Int64(i64::MIN),
        Value::Int64(i64::MAX),
        Value::Bool(true),
        s(""),
        s("🙂x£"),
        s("-5"),
        arr(vec![s("a"), r(1.0)]),
        arr(vec![]),
        Value::Ptr(0),
    ];
    let tables: [&[crate::builtins::Builtin]; 3] = [FUNCTIONS, maths::FUNCTIONS, date::FUNCTIONS];
    for table in tables {
        for b in table {
            let max = if b.max_args == VARIADIC {
                3
            } else {
                b.max_args as usize
            };
            for n in (b.min_args as usize)..=max.min(6) {
                for (k, first) in samples.iter().enumerate().chain(
                    samples
                        .iter()
                        .enumerate()
                        .map(|(k, v)| (k + samples.len(), v)),
                ) {
                    let spread = k < samples.len();
                    let args: Vec<Value> = (0..n)
                        .map(|j| {
                            if j == 0 || !spread {
                                first.clone()
                            } else {
                                samples[(k + j * 5) % samples.len()].clone()
                            }
                        })
                        .collect();
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        let _ = (b.f)(&mut vm(), &args);
                    }));
                    assert!(result.is_ok(), "{} panicked with {} arguments", b.name, n);
                }
            }
        }
    }
}
