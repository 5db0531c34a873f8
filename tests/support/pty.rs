//! The real binary in a pseudo-terminal, read back through a terminal emulator. Included
//! with `#[path]` by the tests that drive it.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 30;
const COLUMNS: u16 = 100;

pub struct Kiosk {
    pub screen: Arc<Mutex<vt100::Parser>>,
    pub raw: Arc<Mutex<Vec<u8>>>,
    pub writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    _reader: thread::JoinHandle<()>,
}

impl Kiosk {
    pub fn start(database: &std::path::Path, home: &std::path::Path) -> Kiosk {
        Kiosk::start_with(database, home, &[])
    }

    /// Started with extra environment variables.
    pub fn start_with(
        database: &std::path::Path,
        home: &std::path::Path,
        env: &[(&str, &str)],
    ) -> Kiosk {
        Kiosk::launch(database, home, &[], env)
    }

    /// Started with extra command-line arguments.
    pub fn start_with_args(
        database: &std::path::Path,
        home: &std::path::Path,
        args: &[&str],
    ) -> Kiosk {
        Kiosk::launch(database, home, args, &[])
    }

    fn launch(
        database: &std::path::Path,
        home: &std::path::Path,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Kiosk {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLUMNS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_digipunt"));
        command.args(["--db", database.to_str().unwrap(), "--kiosk", "pty-test"]);
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env("XDG_CONFIG_HOME", home);
        command.env("HOME", home);
        // Started from an unrelated folder: the content comes from the binary itself.
        command.cwd(home);
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pty.slave.spawn_command(command).expect("start digipunt");
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLUMNS, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let (screen_copy, raw_copy) = (Arc::clone(&screen), Arc::clone(&raw));
        let reader = thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                screen_copy.lock().unwrap().process(&buffer[..n]);
                raw_copy.lock().unwrap().extend_from_slice(&buffer[..n]);
            }
        });
        let writer = pty.master.take_writer().expect("pty writer");
        // Keep the master open as long as the test runs: closing it hangs up the child.
        std::mem::forget(pty.master);
        Kiosk {
            screen,
            raw,
            writer,
            child,
            _reader: reader,
        }
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    pub fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.contents().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "the screen never showed {text:?}; it shows:\n{}",
            self.contents()
        );
    }

    pub fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "digipunt did not exit");
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Everything the program wrote to the terminal, escape sequences included.
    pub fn raw_text(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned()
    }
}
