//! The command-line interface: arguments → options → library → renderer, with errors mapped to exit
//! codes. `main.rs` only calls [`run`].

use crate::error::{Error, ErrorKind};
use crate::render;
use clap::{Parser as ClapParser, ValueEnum};
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit codes, documented in `--help` and the README.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// Bad arguments (clap's own code).
    pub const USAGE: u8 = 2;
    /// The file does not exist.
    pub const NOT_FOUND: u8 = 3;
    /// The path is a directory.
    pub const IS_DIRECTORY: u8 = 4;
    /// Permission denied.
    pub const PERMISSION: u8 = 5;
    /// Another I/O error.
    pub const IO: u8 = 6;
    /// The input is a binary file.
    pub const BINARY: u8 = 7;
    /// No supported encoding decodes the input, or the encoding named is unknown.
    pub const UNDECODABLE: u8 = 8;
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The outline as one JSON object (the default).
    Json,
    /// The leaves of the document as JSON Lines `{"kind", "start", "end"}`, tiling the text.
    Nodes,
}

const AFTER_HELP: &str = "\
Examples:
  dagang speech.txt                 outline of a file, as JSON
  dagang --pretty speech.txt        indented JSON
  cat page.txt | dagang -           read standard input
  dagang --format nodes doc.txt     every byte's node, as JSON Lines
  dagang --encoding gbk old.txt     decode as GBK instead of detecting

Exit status:
  0 success · 2 bad arguments · 3 no such file · 4 a directory · 5 permission denied
  6 other I/O error · 7 binary input · 8 undecodable input or unknown --encoding";

/// Turn a Chinese document given as plain text into a typed, hierarchical outline in JSON.
#[derive(ClapParser, Debug)]
#[command(name = "dagang", version, about, after_help = AFTER_HELP)]
pub struct Args {
    /// The text file to read, or `-` for standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Indent the JSON.
    #[arg(long)]
    pub pretty: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Decode the input with this encoding (utf-8, gbk, gb18030, utf-16le, big5, …) instead of detecting it.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Keep boilerplate lines in the body, typed (blocks of kind "boilerplate" with their kind and
    /// reason), instead of listing them apart.
    #[arg(long)]
    pub keep_boilerplate: bool,
    /// Turn the boilerplate classifier off: every line is the document's (for clean sources).
    #[arg(long, conflicts_with = "keep_boilerplate")]
    pub no_boilerplate: bool,
}

fn code_of(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::NotFound => exit::NOT_FOUND,
        ErrorKind::IsDirectory => exit::IS_DIRECTORY,
        ErrorKind::PermissionDenied => exit::PERMISSION,
        ErrorKind::Binary => exit::BINARY,
        ErrorKind::Undecodable | ErrorKind::UnknownEncoding => exit::UNDECODABLE,
        _ => exit::IO,
    }
}

/// The input's bytes: a file mapped into memory when it is large (no copy, no zeroed pages to
/// fill), read into memory otherwise, or standard input.
pub enum Input {
    /// Bytes read into memory.
    Read(Vec<u8>),
    /// A memory-mapped file.
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Input {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Input::Read(v) => v,
            Input::Mapped(m) => m,
        }
    }
}

/// Files at least this large are mapped rather than read.
const MAP_THRESHOLD: u64 = 4 << 20;

/// Reads `path` (`-` for standard input).
///
/// ## Errors
///
/// A missing file, a directory, a permission error or another I/O failure, with the path.
pub fn read_input(path: &std::path::Path) -> Result<Input, Error> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).map_err(|e| Error::from_io(&e).with_path("<stdin>"))?;
        return Ok(Input::Read(buf));
    }
    if path.is_dir() {
        return Err(Error::new(ErrorKind::IsDirectory, "is a directory (give a file)").with_path(path));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::from_io(&e).with_path(path))?;
    let meta = file.metadata().map_err(|e| Error::from_io(&e).with_path(path))?;
    if meta.is_file() && meta.len() >= MAP_THRESHOLD {
        if let Some(map) = map_file(&file) {
            return Ok(Input::Mapped(map));
        }
    }
    let mut buf = Vec::with_capacity(meta.len() as usize);
    io::Read::read_to_end(&mut &file, &mut buf).map_err(|e| Error::from_io(&e).with_path(path))?;
    Ok(Input::Read(buf))
}

/// Maps a regular file into memory.
#[allow(unsafe_code)]
fn map_file(file: &std::fs::File) -> Option<memmap2::Mmap> {
    // SAFETY: the mapping is read-only and the bytes are treated as untrusted input (decoding
    // validates them and the parser never panics on any bytes). If another process truncates the
    // file while it is mapped, reading past the new end raises SIGBUS, as it does for ripgrep and
    // every other tool that maps its input; a file changed in place yields a garbled outline, never
    // memory unsafety in this process's own data.
    unsafe { memmap2::Mmap::map(file) }.ok()
}

enum Failure {
    Input(Error),
    Output(io::Error),
}

fn run_args(args: &Args) -> Result<(), Failure> {
    let bytes = read_input(&args.file).map_err(Failure::Input)?;
    let parser = crate::Parser::new().boilerplate(!args.no_boilerplate).keep_boilerplate(args.keep_boilerplate);
    let src = crate::decode::decode(&bytes, args.encoding.as_deref()).map_err(|e| {
        Failure::Input(e.with_path(if args.file.as_os_str() == "-" { "<stdin>".into() } else { args.file.clone() }))
    })?;
    let doc = parser.parse_decoded(&src);
    let text: &str = &src.text;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        Format::Json => render::json::write(&doc, args.pretty, &mut out),
        Format::Nodes => {
            let mut r = Ok(());
            for n in render::nodes::leaves(text, &doc) {
                r = serde_json::to_writer(&mut out, &n).map_err(io::Error::from).and_then(|_| out.write_all(b"\n"));
                if r.is_err() {
                    break;
                }
            }
            r
        }
    }
    .and_then(|_| out.flush())
    .map_err(Failure::Output)
}

/// Runs the command line and returns the exit code.
pub fn run() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { exit::USAGE } else { exit::OK });
        }
    };
    match run_args(&args) {
        Ok(()) => ExitCode::from(exit::OK),
        // A closed pipe (`dagang big.txt | head`) is how a reader says it has enough: exit quietly.
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(exit::OK),
        Err(Failure::Output(e)) => {
            eprintln!("dagang: cannot write output: {e}");
            ExitCode::from(exit::IO)
        }
        Err(Failure::Input(e)) => {
            eprintln!("dagang: {e}");
            ExitCode::from(code_of(e.kind()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Args::command().debug_assert();
    }
}
