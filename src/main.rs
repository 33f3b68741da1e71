use std::process::ExitCode;

fn main() -> ExitCode {
    // The only clock reads: everything downstream takes "today" (and the instant, which only
    // the folder index uses) as an argument.
    oic_track::main(oic_track::system_today(), std::time::SystemTime::now())
}
