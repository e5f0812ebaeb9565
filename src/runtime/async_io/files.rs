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
///
/// Every save (synchronous or async, buffers, text, binary and ini files, `file_copy`, HTTP
/// downloads) writes through one of these. Its name, `.NAME.PID-RANDOM.tmp`, cannot be guessed,
/// and it is created exclusively (`create_new`: an existing entry of that name, a planted
/// symbolic link included, is never opened or followed, another name is drawn instead). The
/// final rename replaces the directory entry itself, so a link at the saved name is replaced,
/// never written through. [`clean_stale_temps`] removes what a killed run left behind.
pub(crate) struct TempFile {
    path: PathBuf,
    kept: bool,
}

/// Names tried before a save gives up (only reached if someone fills the directory with
/// entries under our random names, which cannot be guessed).
const TEMP_ATTEMPTS: usize = 64;

/// An unpredictable 64-bit value: std's per-process random hash keys over a counter and the
/// clock.
fn random_tag() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    h.write_u128(now);
    h.finish()
}

/// The temporary name for `name` with `tag`: `.NAME.PID-TAG.tmp`.
fn temp_name(name: &std::ffi::OsStr, tag: u64) -> std::ffi::OsString {
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}-{tag:016x}.tmp", std::process::id()));
    tmp_name
}

impl TempFile {
    /// Creates the parent directories of `target` and a fresh temporary file beside it.
    pub(crate) fn create(target: &Path) -> io::Result<(TempFile, fs::File)> {
        Self::create_with(target, std::iter::repeat_with(random_tag))
    }

    /// `create`, drawing the random part of the name from `tags`.
    fn create_with(
        target: &Path,
        tags: impl Iterator<Item = u64>,
    ) -> io::Result<(TempFile, fs::File)> {
        let name = target
            .file_name()
            .ok_or_else(|| io::Error::other("no file name"))?;
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        fs::create_dir_all(dir)?;
        clean_once(dir);
        for tag in tags.take(TEMP_ATTEMPTS) {
            let path = dir.join(temp_name(name, tag));
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
        Err(io::Error::other("no free temporary file name"))
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

/// Whether `name` is a temporary file name of a `gml` run that is no longer running (its process
/// id is gone). Only Linux can tell (through /proc); elsewhere nothing is stale.
fn is_stale_temp(name: &str) -> bool {
    let Some(stem) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let Some((_, owner)) = stem.rsplit_once('.') else {
        return false;
    };
    let Some((pid, tag)) = owner.split_once('-') else {
        return false;
    };
    let well_formed = !pid.is_empty()
        && pid.bytes().all(|b| b.is_ascii_digit())
        && tag.len() == 16
        && tag.bytes().all(|b| b.is_ascii_hexdigit());
    if !well_formed || pid == std::process::id().to_string() {
        return false;
    }
    cfg!(target_os = "linux")
        && Path::new("/proc/self").exists()
        && !Path::new("/proc").join(pid).exists()
}

/// Removes the temporary files that runs killed mid-save left in `dir` (regular files only;
/// links are never followed). Returns how many were removed.
pub(crate) fn clean_stale_temps(dir: &Path) -> usize {
    let Ok(rd) = fs::read_dir(dir) else { return 0 };
    let mut removed = 0;
    for entry in rd.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_file()
            && is_stale_temp(&entry.file_name().to_string_lossy())
            && fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// The first save into a directory in this process cleans its stale temporaries first.
fn clean_once(dir: &Path) {
    static CLEANED: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());
    let Ok(mut cleaned) = CLEANED.lock() else {
        return;
    };
    if cleaned.iter().any(|d| d == dir) {
        return;
    }
    // Bounded memory: a program saving into very many folders re-cleans some, harmlessly.
    if cleaned.len() >= 1024 {
        cleaned.clear();
    }
    cleaned.push(dir.to_path_buf());
    drop(cleaned);
    clean_stale_temps(dir);
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

    #[cfg(unix)]
    #[test]
    fn temporary_names_in_use_are_skipped_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let victim = outside.path().join("victim");
        fs::write(&victim, b"untouched").unwrap();
        let target = dir.path().join("save.bin");
        // Links at the first candidate names, one dangling, one to an existing file.
        let name = std::ffi::OsStr::new("save.bin");
        std::os::unix::fs::symlink(&victim, dir.path().join(temp_name(name, 1))).unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("new"),
            dir.path().join(temp_name(name, 2)),
        )
        .unwrap();
        let (tmp, mut f) = TempFile::create_with(&target, [1, 2, 3].into_iter()).unwrap();
        f.write_all(b"data").unwrap();
        drop(f);
        tmp.persist(&target).unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"untouched");
        assert!(!outside.path().join("new").exists());
        assert!(fs::symlink_metadata(&target).unwrap().is_file());
        assert_eq!(fs::read(&target).unwrap(), b"data");
        // Every candidate taken: an error, nothing written anywhere.
        assert!(TempFile::create_with(&target, [1, 2].into_iter()).is_err());
        assert_eq!(fs::read(&victim).unwrap(), b"untouched");
    }

    #[test]
    fn temporary_names_are_unpredictable() {
        let a = random_tag();
        let b = random_tag();
        assert_ne!(a, b);
        assert_ne!(a.wrapping_add(1), b);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn stale_temporaries_of_dead_runs_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        // A process id above the kernel's maximum (4194304) is never running.
        let dead = dir.path().join(".a.txt.99999999-0123456789abcdef.tmp");
        let live = dir.path().join(format!(
            ".a.txt.{}-0123456789abcdef.tmp",
            std::process::id()
        ));
        let other = dir.path().join(".notes.tmp");
        for p in [&dead, &live, &other] {
            fs::write(p, b"x").unwrap();
        }
        assert_eq!(clean_stale_temps(dir.path()), 1);
        assert!(!dead.exists());
        assert!(live.exists() && other.exists());
        // A save into the folder cleans it too.
        fs::write(&dead, b"x").unwrap();
        write_atomic(&dir.path().join("a.txt"), 0, b"saved").unwrap();
        assert!(!dead.exists());
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
