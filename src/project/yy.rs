//! Reading `.yy` and `.yyp` files: JSON with trailing commas, parsed by the `json5` crate, in
//! either dialect GameMaker has written: 2.3-2023 (`"resourceType":"GMObject"`, `"name"`) and
//! 2024+ (`"$GMObject":""`, `"%Name"`). Every accessor reports a bad or missing field as an error
//! naming the file and the field path (`eventList[2].eventType`).

use serde_json::Value as Json;
use std::fmt;
use std::path::{Path, PathBuf};

/// A project that cannot be loaded: the file (relative to the project folder) and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectError {
    pub file: String,
    pub message: String,
}

impl ProjectError {
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> ProjectError {
        ProjectError {
            file: file.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

pub type Result<T> = std::result::Result<T, ProjectError>;

/// A parsed `.yy`/`.yyp` file.
pub struct YyFile {
    pub file: String,
    pub root: Json,
}

/// `dir/rel`; when that does not exist, the path whose components match `rel`'s ignoring case,
/// if there is one. GameMaker projects are made on case-insensitive file systems (Windows,
/// macOS), where a project naming `scripts/InputPlugIn/...` for the folder `InputPlugin` works.
pub fn locate(dir: &Path, rel: &str) -> PathBuf {
    let exact = dir.join(rel);
    if exact.exists() {
        return exact;
    }
    let mut cur = dir.to_path_buf();
    for part in rel
        .split(['/', '\\'])
        .filter(|p| !p.is_empty() && *p != ".")
    {
        let next = cur.join(part);
        if next.exists() {
            cur = next;
            continue;
        }
        let found = std::fs::read_dir(&cur).ok().and_then(|entries| {
            entries
                .filter_map(|e| e.ok())
                .find(|e| e.file_name().to_string_lossy().eq_ignore_ascii_case(part))
                .map(|e| e.path())
        });
        match found {
            Some(p) => cur = p,
            None => return exact,
        }
    }
    cur
}

/// Reads and parses `rel` (a path relative to the project folder, `/`-separated, found as
/// `locate` does). Errors name the file as `dir/rel`.
pub fn read(dir: &Path, rel: &str) -> Result<YyFile> {
    let shown = dir.join(rel).display().to_string();
    let path = locate(dir, rel);
    let text = std::fs::read(&path)
        .map_err(|e| ProjectError::new(&shown, format!("cannot read the file: {e}")))?;
    parse(&shown, &String::from_utf8_lossy(&text))
}

/// Parses `text` as the content of file `name`.
pub fn parse(name: &str, text: &str) -> Result<YyFile> {
    // A byte-order mark is not JSON5 whitespace; GameMaker tools sometimes write one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Json = json5::from_str(text)
        .map_err(|e| ProjectError::new(name, format!("not valid JSON: {e}")))?;
    if !root.is_object() {
        return Err(ProjectError::new(name, "expected a JSON object at the top"));
    }
    Ok(YyFile {
        file: name.to_string(),
        root,
    })
}

impl YyFile {
    pub fn node(&self) -> Node<'_> {
        Node {
            file: &self.file,
            path: String::new(),
            value: &self.root,
        }
    }
}

/// A value inside a `.yy` file, with the field path that leads to it (for error messages).
#[derive(Clone)]
pub struct Node<'a> {
    pub file: &'a str,
    pub path: String,
    pub value: &'a Json,
}

impl<'a> Node<'a> {
    fn error(&self, field: &str, what: &str) -> ProjectError {
        let path = self.join(field);
        ProjectError::new(self.file, format!("field `{path}`: {what}"))
    }

    fn join(&self, field: &str) -> String {
        if self.path.is_empty() {
            field.to_string()
        } else if field.starts_with('[') {
            format!("{}{field}", self.path)
        } else {
            format!("{}.{field}", self.path)
        }
    }

    /// The field `name`, if present and not null.
    pub fn get(&self, name: &str) -> Option<Node<'a>> {
        let v = self.value.get(name)?;
        (!v.is_null()).then(|| Node {
            file: self.file,
            path: self.join(name),
            value: v,
        })
    }

    /// The field `name`; missing or null is an error.
    pub fn field(&self, name: &str) -> Result<Node<'a>> {
        self.get(name).ok_or_else(|| self.error(name, "missing"))
    }

    /// The resource's name: `%Name` (2024+) or `name`.
    pub fn name(&self) -> Result<String> {
        for key in ["%Name", "name"] {
            if let Some(Json::String(s)) = self.value.get(key) {
                return Ok(s.clone());
            }
        }
        Err(self.error("name", "missing (neither `%Name` nor `name`)"))
    }

    /// The resource type: `resourceType` (2.3-2023), else the `$GMType` key (2024+).
    pub fn resource_type(&self) -> Option<String> {
        if let Some(Json::String(s)) = self.value.get("resourceType") {
            return Some(s.clone());
        }
        let map = self.value.as_object()?;
        map.keys()
            .find(|k| k.starts_with("$GM"))
            .map(|k| k[1..].to_string())
    }

    pub fn str(&self, name: &str) -> Result<String> {
        match self.value.get(name) {
            Some(Json::String(s)) => Ok(s.clone()),
            Some(Json::Null) | None => Err(self.error(name, "missing")),
            Some(_) => Err(self.error(name, "expected a string")),
        }
    }

    pub fn str_or(&self, name: &str, default: &str) -> Result<String> {
        match self.value.get(name) {
            Some(Json::Null) | None => Ok(default.to_string()),
            _ => self.str(name),
        }
    }

    pub fn num(&self, name: &str) -> Result<f64> {
        match self.value.get(name) {
            Some(Json::Number(n)) => n
                .as_f64()
                .ok_or_else(|| self.error(name, "expected a number")),
            Some(Json::Null) | None => Err(self.error(name, "missing")),
            Some(_) => Err(self.error(name, "expected a number")),
        }
    }

    pub fn num_or(&self, name: &str, default: f64) -> Result<f64> {
        match self.value.get(name) {
            Some(Json::Null) | None => Ok(default),
            _ => self.num(name),
        }
    }

    pub fn bool_or(&self, name: &str, default: bool) -> Result<bool> {
        match self.value.get(name) {
            Some(Json::Bool(b)) => Ok(*b),
            Some(Json::Null) | None => Ok(default),
            Some(_) => Err(self.error(name, "expected true or false")),
        }
    }

    /// The items of array field `name`; missing or null is an empty list.
    pub fn items(&self, name: &str) -> Result<Vec<Node<'a>>> {
        match self.value.get(name) {
            Some(Json::Array(a)) => Ok(a
                .iter()
                .enumerate()
                .map(|(i, v)| Node {
                    file: self.file,
                    path: self.join(&format!("{name}[{i}]")),
                    value: v,
                })
                .collect()),
            Some(Json::Null) | None => Ok(Vec::new()),
            Some(_) => Err(self.error(name, "expected an array")),
        }
    }

    /// A resource reference (`{"name": "obj_wall", "path": "objects/obj_wall/obj_wall.yy"}`):
    /// its name, or None when the field is null or missing.
    pub fn ref_name(&self, name: &str) -> Result<Option<String>> {
        match self.get(name) {
            None => Ok(None),
            Some(n) if n.value.is_object() => n.name().map(Some),
            Some(_) => Err(self.error(name, "expected a resource reference {name, path}")),
        }
    }

    /// A resource reference's `path` (`objects/obj_wall/obj_wall.yy`).
    pub fn ref_path(&self, name: &str) -> Result<String> {
        self.field(name)?.str("path")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_dialects_and_trailing_commas() {
        let old = parse(
            "a.yy",
            r#"{"resourceType":"GMObject","name":"obj_a","parentObjectId":{"name":"obj_p","path":"objects/obj_p/obj_p.yy",},}"#,
        )
        .unwrap();
        let n = old.node();
        assert_eq!(n.name().unwrap(), "obj_a");
        assert_eq!(n.resource_type().as_deref(), Some("GMObject"));
        assert_eq!(
            n.ref_name("parentObjectId").unwrap().as_deref(),
            Some("obj_p")
        );
        let new = parse(
            "b.yy",
            "{\"$GMObject\":\"\",\"%Name\":\"obj_b\",\"spriteId\":null,}",
        )
        .unwrap();
        let n = new.node();
        assert_eq!(n.name().unwrap(), "obj_b");
        assert_eq!(n.resource_type().as_deref(), Some("GMObject"));
        assert_eq!(n.ref_name("spriteId").unwrap(), None);
    }

    #[test]
    fn errors_name_file_and_field() {
        let f = parse("objects/o/o.yy", r#"{"eventList":[{"eventType":"x"}]}"#).unwrap();
        let ev = &f.node().items("eventList").unwrap()[0];
        assert_eq!(
            ev.num("eventType").unwrap_err().to_string(),
            "objects/o/o.yy: field `eventList[0].eventType`: expected a number"
        );
        let e = parse("r.yy", "{\"a\": }").err().unwrap();
        assert!(e.to_string().starts_with("r.yy: not valid JSON"), "{e}");
    }
}
