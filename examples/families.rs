//! Writes one pathological input family (tests/common/families.rs) to stdout, for scripts/families:
//! `cargo run --release --example families -- NAME BYTES`, or `-- --list` for the names.

#[path = "../tests/common/families.rs"]
mod families;

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag] if flag == "--list" => println!("{}", families::NAMES.join("\n")),
        [name, bytes] => {
            let Some(name) = families::NAMES.iter().find(|n| *n == name) else {
                eprintln!("no family {name:?} (--list)");
                std::process::exit(2);
            };
            let bytes: usize = bytes.parse().expect("BYTES is a number");
            std::io::stdout().write_all(families::family(name, bytes).as_bytes()).expect("stdout");
        }
        _ => {
            eprintln!("usage: families NAME BYTES | families --list");
            std::process::exit(2);
        }
    }
}
