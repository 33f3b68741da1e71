//! Reading a data file: only a plain file, and only up to a size no real file reaches.
//!
//! The walk already leaves out FIFOs, devices and links leading out of the data folder;
//! this is the belt to that: a file swapped for a FIFO after the walk must not block the
//! read, and one swapped for `/dev/zero` (or grown without end) must not fill the memory.

use std::io::{self, Read as _};
use std::path::Path;

/// The largest data file read, in bytes: far above any resolution's (the largest real
/// ones are tens of kilobytes), far below what could strain a machine's memory.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The bytes of plain file `path`, or a message saying why it was not read.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    let mut file = open(path).map_err(|e| format!("cannot read the file: {}", os_error(&e)))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("cannot read the file: {}", os_error(&e)))?;
    if !meta.is_file() {
        let what = special(&meta.file_type());
        return Err(format!(
            "not a plain file ({what}); only plain .toml files are read"
        ));
    }
    let too_big = || {
        format!(
            "the file is larger than {} MiB, the most a data file may hold; split it",
            MAX_BYTES / 1024 / 1024
        )
    };
    if meta.len() > MAX_BYTES {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The size may have changed since the `fstat`: read one byte more than the cap at most.
    file.by_ref()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read the file: {}", os_error(&e)))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Opens without blocking: opening a FIFO for reading waits for a writer otherwise.
fn open(path: &Path) -> io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

/// An OS error as the system words it, once; a file another program holds without
/// sharing (Excel on Windows) is said so, with what to do.
fn os_error(e: &io::Error) -> String {
    if crate::host::held_elsewhere(e) {
        return crate::host::HELD_ELSEWHERE.to_string();
    }
    e.to_string()
}

/// Names a file that is neither a folder nor a plain file, for a diagnostic.
pub(super) fn special(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        } else if t.is_socket() {
            return "a socket";
        } else if t.is_char_device() {
            return "a character device";
        } else if t.is_block_device() {
            return "a block device";
        }
    }
    let _ = t;
    "a special file"
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        let err = read(&fifo).unwrap_err();
        assert_eq!(
            err,
            "not a plain file (a FIFO); only plain .toml files are read"
        );
    }

    #[test]
    fn a_device_is_refused_before_it_is_read() {
        let err = read(Path::new("/dev/zero")).unwrap_err();
        assert_eq!(
            err,
            "not a plain file (a character device); only plain .toml files are read"
        );
    }

    #[test]
    fn a_file_over_the_cap_is_refused_and_one_at_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.toml");
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(MAX_BYTES).unwrap();
        assert_eq!(read(&path).unwrap().len() as u64, MAX_BYTES);
        file.set_len(MAX_BYTES + 1).unwrap();
        assert!(read(&path).unwrap_err().contains("larger than 16 MiB"));
    }
}
