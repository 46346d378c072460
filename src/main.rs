//! The `dagang` command: see `dagang --help`.

fn main() -> std::process::ExitCode {
    dagang::cli::run()
}

// mimalloc: the parser allocates many small vectors and strings per line; mimalloc's thread-local
// free lists and page reuse make that noticeably cheaper than glibc's allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
