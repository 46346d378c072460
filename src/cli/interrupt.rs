//! Ctrl-C (SIGINT) and SIGTERM: a run stops between whole outputs. Outputs are written inside
//! [`Writing`] sections — one JSON line, one `-o` file (its temporary file and the rename), a single
//! document's whole rendering. A signal outside any section ends the process at once (exit 130, or
//! 143 for SIGTERM); inside one, the section finishes and its end exits. What was written is whole;
//! what was not is absent: never half a JSON line on stdout, never a truncated `.json` file. A second
//! signal ends the process at once (a consumer that stopped reading must not hold it forever).
//!
//! The handler and the sections meet through two atomics, each side writing its own before reading
//! the other's (sequentially consistent), so either the handler sees the section and waits, or the
//! section sees the signal and exits before it writes.

use std::sync::atomic::{AtomicI32, AtomicUsize, Ordering::SeqCst};

/// The signal received (0: none).
static SIGNAL: AtomicI32 = AtomicI32::new(0);
/// Sections open now.
static WRITING: AtomicUsize = AtomicUsize::new(0);

fn exit_code(signal: i32) -> i32 {
    128 + signal
}

/// Installs the handlers (once, from the command line's entry point; the library never does).
pub fn install() {
    #[cfg(unix)]
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        // SAFETY: the handler only touches atomics and calls `_exit`, both async-signal-safe.
        #[allow(unsafe_code)]
        let _ = unsafe {
            signal_hook::low_level::register(signal, move || {
                if SIGNAL.swap(signal, SeqCst) != 0 || WRITING.load(SeqCst) == 0 {
                    signal_hook::low_level::exit(exit_code(signal));
                }
            })
        };
    }
}

/// An open output section: while one is open a signal waits for it to close.
pub struct Writing(());

impl Writing {
    /// Opens a section, or ends the process when a signal came first.
    pub fn begin() -> Writing {
        WRITING.fetch_add(1, SeqCst);
        let signal = SIGNAL.load(SeqCst);
        if signal != 0 {
            std::process::exit(exit_code(signal));
        }
        Writing(())
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        let open = WRITING.fetch_sub(1, SeqCst) - 1;
        let signal = SIGNAL.load(SeqCst);
        if signal != 0 && open == 0 {
            std::process::exit(exit_code(signal));
        }
    }
}
