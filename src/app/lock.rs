//! The helper PIN in front of the helper's menu. The core collects the digits and counts
//! wrong tries; the edge compares with the stored hash (`Effect::CheckPin`, answered by
//! `Action::PinChecked`), so the hash never enters the core and tests need no argon2.

use std::time::Duration;

use crate::pin::{MAX_DIGITS, MIN_DIGITS};

/// Wrong tries before the menu stays shut for `LOCKOUT`.
pub const TRIES_BEFORE_LOCKOUT: u32 = 5;
pub const LOCKOUT: Duration = Duration::from_secs(15 * 60);

/// The wait after the `failures`-th wrong try in a row: short for a typo, growing for
/// guessing, then a lockout. A million PINs at this pace take years.
pub fn wait_after(failures: u32) -> Duration {
    match failures {
        0 => Duration::ZERO,
        1 => Duration::from_secs(1),
        2 => Duration::from_secs(3),
        3 => Duration::from_secs(10),
        4 => Duration::from_secs(30),
        _ => LOCKOUT,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Said {
    #[default]
    Nothing,
    TooShort,
    Wrong,
}

/// Belongs to the kiosk, not to a citizen: a reset clears the digits but never the count
/// of wrong tries, or waiting for the idle reset would undo the lockout.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lock {
    /// Digits typed so far; cleared when sent for checking or when the screen is left.
    typed: String,
    pub failures: u32,
    /// No try is taken before this moment (monotonic clock).
    pub wait_until: Option<Duration>,
    /// A try is being checked by the edge.
    pub checking: bool,
    pub said: Said,
}

impl Lock {
    pub fn typed_len(&self) -> usize {
        self.typed.len()
    }

    pub fn type_digit(&mut self, digit: u8) {
        if self.typed.len() < MAX_DIGITS && digit <= 9 {
            self.typed.push(char::from(b'0' + digit));
            self.said = Said::Nothing;
        }
    }

    /// Removes the last digit; false when there was none.
    pub fn erase(&mut self) -> bool {
        self.typed.pop().is_some()
    }

    pub fn forget_digits(&mut self) {
        self.typed.clear();
    }

    pub fn waiting(&self, now: Duration) -> Option<Duration> {
        self.wait_until
            .filter(|&until| until > now)
            .map(|until| until - now)
    }

    pub fn locked_out(&self, now: Duration) -> bool {
        self.failures >= TRIES_BEFORE_LOCKOUT && self.waiting(now).is_some()
    }

    /// The digits to check, if a try may be made now; they leave the core's memory here.
    pub fn submit(&mut self, now: Duration) -> Option<String> {
        if self.checking || self.waiting(now).is_some() {
            return None;
        }
        if self.typed.len() < MIN_DIGITS {
            self.said = Said::TooShort;
            return None;
        }
        self.checking = true;
        Some(std::mem::take(&mut self.typed))
    }

    /// The edge's answer; true when the menu may open.
    pub fn checked(&mut self, right: bool, now: Duration) -> bool {
        self.checking = false;
        if right {
            *self = Lock::default();
        } else {
            self.failures = self.failures.saturating_add(1);
            self.wait_until = Some(now + wait_after(self.failures));
            self.said = Said::Wrong;
        }
        right
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Duration = Duration::from_secs(100);

    fn typed(lock: &mut Lock, digits: &str) {
        for d in digits.bytes() {
            lock.type_digit(d - b'0');
        }
    }

    #[test]
    fn a_short_pin_is_not_sent_and_the_screen_says_why() {
        let mut lock = Lock::default();
        typed(&mut lock, "12345");
        assert_eq!(lock.submit(T0), None);
        assert_eq!(lock.said, Said::TooShort);
        typed(&mut lock, "6");
        assert_eq!(lock.submit(T0).as_deref(), Some("123456"));
        assert_eq!(lock.typed_len(), 0);
        // One try at a time.
        typed(&mut lock, "123456");
        assert_eq!(lock.submit(T0), None);
    }

    #[test]
    fn wrong_tries_wait_longer_each_time_then_lock_out() {
        let mut lock = Lock::default();
        let mut now = T0;
        for failure in 1..=TRIES_BEFORE_LOCKOUT {
            typed(&mut lock, "000000");
            assert!(lock.submit(now).is_some(), "try {failure}");
            assert!(!lock.checked(false, now));
            assert_eq!(lock.waiting(now), Some(wait_after(failure)));
            typed(&mut lock, "000000");
            assert_eq!(lock.submit(now), None, "no try while waiting");
            now += wait_after(failure);
            lock.forget_digits();
        }
        assert_eq!(wait_after(TRIES_BEFORE_LOCKOUT), LOCKOUT);
        assert!(!lock.locked_out(now), "the lockout is over after its time");
        typed(&mut lock, "000000");
        lock.submit(now);
        lock.checked(false, now);
        assert!(lock.locked_out(now + Duration::from_secs(60)));
    }

    #[test]
    fn the_right_pin_clears_the_count_of_wrong_tries() {
        let mut lock = Lock::default();
        typed(&mut lock, "000000");
        lock.submit(T0);
        lock.checked(false, T0);
        typed(&mut lock, "123456");
        let later = T0 + Duration::from_secs(5);
        assert!(lock.submit(later).is_some());
        assert!(lock.checked(true, later));
        assert_eq!(lock, Lock::default());
    }

    #[test]
    fn at_most_twelve_digits_are_kept() {
        let mut lock = Lock::default();
        typed(&mut lock, "12345678901234");
        assert_eq!(lock.typed_len(), MAX_DIGITS);
        assert!(lock.erase());
        assert_eq!(lock.typed_len(), MAX_DIGITS - 1);
    }
}
