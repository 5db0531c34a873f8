//! SIGTERM, SIGHUP and SIGINT from outside (shutdown, a closed terminal, `kill`) end the
//! kiosk the same way the helper does: the help in progress is recorded as abandoned,
//! waiting rows are written, and the terminal is handed back.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};

pub struct StopRequest(Arc<AtomicBool>);

impl StopRequest {
    pub fn install() -> io::Result<StopRequest> {
        let flag = Arc::new(AtomicBool::new(false));
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register(signal, Arc::clone(&flag))?;
            // The loop sleeps in crossterm's poll, which already wakes for SIGWINCH (a
            // resize). Raising it turns the stop request into an event, so the loop needs
            // no periodic wake-up to notice.
            // SAFETY: the handler only calls raise(3), which is async-signal-safe.
            unsafe {
                signal_hook::low_level::register(signal, || {
                    let _ = signal_hook::low_level::raise(SIGWINCH);
                })?;
            }
        }
        Ok(StopRequest(flag))
    }

    pub fn requested(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}
