use std::process::ExitCode;

fn main() -> ExitCode {
    // The only clock reads: everything downstream takes "today" (and the instant, which only
    // the folder index uses) as an argument.
    let today = jiff::ZonedDateTime::now().date();
    oic_track::main(today, std::time::SystemTime::now())
}
