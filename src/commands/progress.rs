//! A progress line on stderr for long runs (merging or exporting millions of rows), only
//! when stderr is a terminal: piped or redirected output stays clean. A run that ends
//! within half a second never shows it.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

/// Quiet for this long, so short runs print nothing.
const FIRST: Duration = Duration::from_millis(500);
/// Then redrawn at most this often.
const EVERY: Duration = Duration::from_millis(250);
/// Rows between looks at the clock.
const ROWS_BETWEEN_CHECKS: u64 = 4096;

pub struct Progress {
    out: Option<Box<dyn Write>>,
    what: String,
    total: u64,
    done: u64,
    check_at: u64,
    next_draw: Instant,
    drawn: bool,
}

impl Progress {
    /// `what` starts the line, e.g. "merging q4.jsonl"; `total` rows are expected.
    pub fn new(what: String, total: u64) -> Progress {
        let stderr = io::stderr();
        let out: Option<Box<dyn Write>> = if stderr.is_terminal() {
            Some(Box::new(stderr))
        } else {
            None
        };
        Progress::to(out, what, total, Instant::now())
    }

    fn to(out: Option<Box<dyn Write>>, what: String, total: u64, start: Instant) -> Progress {
        Progress {
            out,
            what,
            total,
            done: 0,
            check_at: ROWS_BETWEEN_CHECKS,
            next_draw: start + FIRST,
            drawn: false,
        }
    }

    pub fn add(&mut self, rows: u64) {
        self.done += rows;
        if self.done >= self.check_at && self.out.is_some() {
            self.check_at = self.done + ROWS_BETWEEN_CHECKS;
            self.draw_if_due(Instant::now());
        }
    }

    fn draw_if_due(&mut self, now: Instant) {
        if now < self.next_draw {
            return;
        }
        self.next_draw = now + EVERY;
        let line = self.line();
        if let Some(out) = &mut self.out {
            // `\r` and erase-to-end-of-line: the line is redrawn in place.
            let _ = write!(out, "\r{line}\x1b[K");
            let _ = out.flush();
            self.drawn = true;
        }
    }

    fn line(&self) -> String {
        let percent = (self.done * 100)
            .checked_div(self.total)
            .unwrap_or(100)
            .min(100);
        format!(
            "{}: {} of {} rows ({percent}%)",
            self.what, self.done, self.total
        )
    }

    /// Clears the line, so what is printed next starts on a clean line.
    pub fn finish(&mut self) {
        if self.drawn {
            if let Some(out) = &mut self.out {
                let _ = write!(out, "\r\x1b[K");
                let _ = out.flush();
            }
            self.drawn = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    #[derive(Clone, Default)]
    struct Shared(Rc<RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_line_is_drawn_in_place_once_due_and_cleared_at_the_end() {
        let shared = Shared::default();
        let start = Instant::now();
        let mut progress = Progress::to(
            Some(Box::new(shared.clone())),
            "merging q4.jsonl".into(),
            3_300_000,
            start,
        );
        progress.done = 1_650_000;
        progress.draw_if_due(start + Duration::from_millis(100));
        assert!(
            shared.0.borrow().is_empty(),
            "quiet during the first half second"
        );
        progress.draw_if_due(start + FIRST);
        progress.finish();
        assert_eq!(
            String::from_utf8(shared.0.borrow().clone()).unwrap(),
            "\rmerging q4.jsonl: 1650000 of 3300000 rows (50%)\x1b[K\r\x1b[K"
        );
    }

    #[test]
    fn nothing_is_written_without_a_terminal() {
        let mut progress = Progress::to(None, "exporting".into(), 0, Instant::now());
        progress.add(1_000_000);
        progress.draw_if_due(Instant::now() + FIRST);
        assert!(!progress.drawn);
        assert_eq!(progress.line(), "exporting: 1000000 of 0 rows (100%)");
    }
}
