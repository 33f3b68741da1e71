//! For the Wine run (scripts/wine-check.sh): holds a file open until stdin closes, printing
//! `held` once it does. `holdopen FILE` denies every other program any access, as Excel does
//! with a workbook it has open; `holdopen FILE read` reads it and lets others only read it,
//! so an edit can read the file but not replace it. Windows only; elsewhere it says so.

fn main() -> std::io::Result<()> {
    let mut args = std::env::args_os().skip(1);
    let path = args
        .next()
        .expect("usage: holdopen FILE [read] (holds FILE open until stdin closes)");
    let share_read = args.next().is_some_and(|a| a == "read");
    hold(std::path::Path::new(&path), share_read)
}

#[cfg(windows)]
fn hold(path: &std::path::Path, share_read: bool) -> std::io::Result<()> {
    use std::io::{Read, Write};
    use std::os::windows::fs::OpenOptionsExt;
    const FILE_SHARE_READ: u32 = 1;
    let _file = std::fs::OpenOptions::new()
        .read(true)
        .write(!share_read)
        .share_mode(if share_read { FILE_SHARE_READ } else { 0 })
        .open(path)?;
    println!("held");
    std::io::stdout().flush()?;
    let mut rest = Vec::new();
    std::io::stdin().read_to_end(&mut rest)?;
    Ok(())
}

#[cfg(not(windows))]
fn hold(_: &std::path::Path, _: bool) -> std::io::Result<()> {
    eprintln!("holdopen is for Windows: it holds a file the way Excel does");
    std::process::exit(2)
}
