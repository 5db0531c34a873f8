//! Read-aloud with espeak-ng (or a stand-in command): one utterance at a time, in the
//! background, stopped when the screen changes. Input is never blocked by speech.

use std::io::Write;
use std::process::{Child, Command, Stdio};

pub struct Speaker {
    command: Option<String>,
    current: Option<Child>,
}

/// Words per minute: slow enough for people who read with difficulty.
const SPEED: &str = "130";

impl Speaker {
    pub fn new(command: Option<String>) -> Speaker {
        Speaker {
            command,
            current: None,
        }
    }

    /// The voices installed on this machine (espeak-ng's language codes, e.g. `nl`, `fr-be`).
    pub fn voices(&self) -> Vec<String> {
        let Some(command) = &self.command else {
            return Vec::new();
        };
        let Ok(output) = Command::new(command)
            .arg("--voices")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
        else {
            return Vec::new();
        };
        // Lines look like ` 5  nl   --/M   Dutch   gmw/nl`: the second column is the code.
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .skip(1)
            .filter_map(|line| line.split_whitespace().nth(1).map(str::to_owned))
            .collect()
    }

    pub fn speak(&mut self, voice: &str, text: &str) {
        self.stop();
        let Some(command) = &self.command else { return };
        let spawned = Command::new(command)
            .args(["-v", voice, "-s", SPEED])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        if let Ok(mut child) = spawned {
            // A screen of text fits the pipe's buffer, so this never waits on the speaker.
            if let Some(mut stdin) = child.stdin.take() {
                let _ = stdin.write_all(text.as_bytes());
            }
            self.current = Some(child);
        }
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.current.take() {
            if child.try_wait().ok().flatten().is_none() {
                let _ = child.kill();
            }
            let _ = child.wait();
        }
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `espeak-ng` when it is installed.
pub fn default_command() -> Option<String> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .any(|dir| dir.join("espeak-ng").is_file())
        .then(|| "espeak-ng".to_owned())
}
