//! The `dagang` command: see `dagang --help`.

fn main() -> std::process::ExitCode {
    dagang::cli::run()
}
