//! Async file work (`buffer_save_async`, `buffer_load_async`, groups), run on tokio's blocking pool.

use super::{Completion, FileRead, FileWrite, Reporter};
use std::fs;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

pub(super) fn save(id: i64, writes: Vec<FileWrite>, reporter: Reporter) {
    let mut ok = true;
    for w in &writes {
        ok &= write_atomic(&w.path, w.offset, &w.data).is_ok();
    }
    reporter.finish(Completion::Save { id, ok });
}

pub(super) fn load(id: i64, reads: Vec<FileRead>, reporter: Reporter) {
    let reads = reads.iter().map(|r| read_range(r).ok()).collect();
    reporter.finish(Completion::Load { id, reads });
}

fn read_range(r: &FileRead) -> io::Result<Vec<u8>> {
    let mut f = fs::File::open(&r.path)?;
    if !f.metadata()?.is_file() {
        return Err(io::Error::other("not a file"));
    }
    f.seek(SeekFrom::Start(r.offset))?;
    let mut out = Vec::new();
    match r.size {
        Some(n) => {
            f.take(n).read_to_end(&mut out)?;
        }
        None => {
            f.read_to_end(&mut out)?;
        }
    }
    Ok(out)
}

/// A temporary file beside `target`, removed on drop unless `persist` renamed it into place.
pub(crate) struct TempFile {
    path: PathBuf,
    kept: bool,
}

impl TempFile {
    /// Creates the parent directories of `target` and a fresh temporary file beside it.
    pub(crate) fn create(target: &Path) -> io::Result<(TempFile, fs::File)> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let name = target
            .file_name()
            .ok_or_else(|| io::Error::other("no file name"))?;
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        fs::create_dir_all(dir)?;
        loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let mut tmp_name = std::ffi::OsString::from(".");
            tmp_name.push(name);
            tmp_name.push(format!(".{}.{n}.tmp", std::process::id()));
            let path = dir.join(tmp_name);
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(f) => return Ok((TempFile { path, kept: false }, f)),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Moves the finished temporary file over `target`.
    pub(crate) fn persist(mut self, target: &Path) -> io::Result<()> {
        fs::rename(&self.path, target)?;
        self.kept = true;
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.kept {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Replaces `path` with its old first `offset` bytes (zero-filled) followed by `data`, through a
/// temporary file and a rename, so a crash never leaves a torn file.
pub(crate) fn write_atomic(path: &Path, offset: u64, data: &[u8]) -> io::Result<()> {
    if path.is_dir() {
        return Err(io::Error::other("is a directory"));
    }
    let (tmp, mut f) = TempFile::create(path)?;
    if offset > 0 {
        let mut head = Vec::new();
        if let Ok(old) = fs::File::open(path) {
            old.take(offset).read_to_end(&mut head)?;
        }
        head.resize(offset as usize, 0);
        f.write_all(&head)?;
    }
    f.write_all(data)?;
    f.sync_all()?;
    drop(f);
    tmp.persist(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_creates_dirs_and_keeps_head() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a/b/c.bin");
        write_atomic(&p, 0, b"hello world").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"hello world");
        write_atomic(&p, 6, b"there").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"hello there");
        write_atomic(&p, 0, b"x").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"x");
        write_atomic(&p, 3, b"y").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"x\0\0y");
        // No temporary files are left behind.
        assert_eq!(fs::read_dir(p.parent().unwrap()).unwrap().count(), 1);
        assert!(write_atomic(dir.path(), 0, b"x").is_err());
    }

    #[test]
    fn ranged_reads() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        fs::write(&p, b"0123456789").unwrap();
        let r = |offset, size| {
            read_range(&FileRead {
                path: p.clone(),
                offset,
                size,
            })
            .ok()
        };
        assert_eq!(r(0, None).unwrap(), b"0123456789");
        assert_eq!(r(2, Some(3)).unwrap(), b"234");
        assert_eq!(r(8, Some(5)).unwrap(), b"89");
        assert_eq!(r(20, None).unwrap(), b"");
        assert!(read_range(&FileRead {
            path: dir.path().join("missing"),
            offset: 0,
            size: None
        })
        .is_err());
    }
}
