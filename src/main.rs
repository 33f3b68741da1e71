use std::process::ExitCode;

fn main() -> ExitCode {
    // The only clock read: everything downstream takes "today" as an argument.
    oic_track::main(oic_track::system_today())
}
