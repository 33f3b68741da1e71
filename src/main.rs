use std::process::ExitCode;

fn main() -> ExitCode {
    // The only clock read: everything downstream takes "today" as an argument.
    let today = jiff::ZonedDateTime::now().date();
    oic_track::main(today)
}
