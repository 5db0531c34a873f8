//! Sleeping until something happens: input on the terminal, a signal, or the next timer.
//! The kiosk waits with poll(2) itself rather than inside crossterm, because crossterm
//! spins at full speed once its terminal hangs up (its read loop never ends on EOF), and
//! a kiosk whose screen was closed must end cleanly instead.

use std::fs::File;
use std::io::{self, IsTerminal, Read};
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec, poll};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};

pub enum Wake {
    /// Bytes wait on the terminal: crossterm can read them without blocking.
    Input,
    /// A signal arrived: a resize, or a request to stop (see `stop_requested`).
    Signal,
    Timeout,
    /// The terminal is gone (closed window, hung-up line).
    HungUp,
}

pub struct Waiter {
    /// Where crossterm reads from: stdin if it is a terminal, else /dev/tty.
    terminal: Option<File>,
    signals: UnixStream,
    stop: Arc<AtomicBool>,
}

impl Waiter {
    /// SIGTERM, SIGHUP and SIGINT from outside end the kiosk the way the helper does; a
    /// resize only wakes it to redraw.
    pub fn install() -> io::Result<Waiter> {
        let (signals, notify) = UnixStream::pair()?;
        signals.set_nonblocking(true)?;
        notify.set_nonblocking(true)?;
        let stop = Arc::new(AtomicBool::new(false));
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register(signal, Arc::clone(&stop))?;
            signal_hook::low_level::pipe::register(signal, notify.try_clone()?)?;
        }
        signal_hook::low_level::pipe::register(SIGWINCH, notify)?;
        let terminal = if io::stdin().is_terminal() {
            None
        } else {
            Some(File::open("/dev/tty")?)
        };
        Ok(Waiter {
            terminal,
            signals,
            stop,
        })
    }

    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    fn terminal_fd(&self) -> BorrowedFd<'_> {
        match &self.terminal {
            Some(file) => file.as_fd(),
            None => rustix::stdio::stdin(),
        }
    }

    /// Sleeps until input, a signal or `timeout` (none: until input or a signal).
    pub fn wait(&self, timeout: Option<Duration>) -> io::Result<Wake> {
        let timeout = timeout.map(|t| Timespec {
            tv_sec: i64::try_from(t.as_secs()).unwrap_or(i64::MAX),
            tv_nsec: i64::from(t.subsec_nanos()),
        });
        let terminal = self.terminal_fd();
        let mut fds = [
            PollFd::from_borrowed_fd(terminal, PollFlags::IN),
            PollFd::new(&self.signals, PollFlags::IN),
        ];
        loop {
            match poll(&mut fds, timeout.as_ref()) {
                Ok(_) => break,
                Err(rustix::io::Errno::INTR) => continue,
                Err(error) => return Err(error.into()),
            }
        }
        if !fds[1].revents().is_empty() {
            let mut drain = [0u8; 64];
            while matches!((&self.signals).read(&mut drain), Ok(n) if n > 0) {}
            return Ok(Wake::Signal);
        }
        let terminal = fds[0].revents();
        if terminal.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
            Ok(Wake::HungUp)
        } else if terminal.contains(PollFlags::IN) {
            Ok(Wake::Input)
        } else {
            Ok(Wake::Timeout)
        }
    }
}
