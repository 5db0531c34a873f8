//! The helper PIN: only its argon2id hash is ever stored (in the config, readable by the
//! kiosk user alone); the digits pass through memory once, to be hashed or compared.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// Fewer digits are too easy to guess by watching a helper's hand.
pub const MIN_DIGITS: usize = 6;
/// More than a helper can remember, and a bound on what the screen collects.
pub const MAX_DIGITS: usize = 12;

/// OWASP's smallest argon2id setting (7 MiB, 5 passes): about 30 ms on an old dual-core,
/// and its memory is returned as soon as the check is done, so the kiosk stays small.
const MEMORY_KIB: u32 = 7 * 1024;
const PASSES: u32 = 5;

#[derive(Debug, PartialEq, Eq)]
pub enum PinError {
    /// Not 6 to 12 digits.
    Shape,
    Hashing(String),
}

impl std::fmt::Display for PinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PinError::Shape => write!(
                f,
                "a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0-9), nothing else"
            ),
            PinError::Hashing(why) => write!(f, "the PIN could not be hashed: {why}"),
        }
    }
}

impl std::error::Error for PinError {}

pub fn is_well_formed(pin: &str) -> bool {
    (MIN_DIGITS..=MAX_DIGITS).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

fn hasher() -> Result<Argon2<'static>, PinError> {
    let params =
        Params::new(MEMORY_KIB, PASSES, 1, None).map_err(|e| PinError::Hashing(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// The PHC string (`$argon2id$v=19$m=...`) to store, with a fresh random salt.
pub fn hash(pin: &str) -> Result<String, PinError> {
    if !is_well_formed(pin) {
        return Err(PinError::Shape);
    }
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| PinError::Hashing(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| PinError::Hashing(e.to_string()))?;
    hasher()?
        .hash_password(pin.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| PinError::Hashing(e.to_string()))
}

/// Whether `stored` is a hash this program can check against (an argon2id PHC string).
pub fn is_stored_hash(stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| hash.algorithm.as_str() == "argon2id")
}

/// Compares in constant time, with the cost recorded in the hash itself.
pub fn matches(stored: &str, pin: &str) -> bool {
    let Ok(hash) = PasswordHash::new(stored) else {
        return false;
    };
    is_well_formed(pin)
        && Argon2::default()
            .verify_password(pin.as_bytes(), &hash)
            .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_pin_matches_and_any_other_does_not() {
        let stored = hash("246810").unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=7168,t=5,p=1$"));
        assert!(is_stored_hash(&stored));
        assert!(matches(&stored, "246810"));
        assert!(!matches(&stored, "246811"));
        assert!(!matches(&stored, "2468100"));
        assert!(!matches(&stored, ""));
        assert!(!stored.contains("246810"));
    }

    #[test]
    fn two_hashes_of_one_pin_differ_by_their_salt() {
        assert_ne!(hash("135799").unwrap(), hash("135799").unwrap());
    }

    #[test]
    fn short_long_or_non_digit_pins_are_refused() {
        for pin in [
            "12345",
            "1234567890123",
            "12345a",
            " 123456",
            "１２３４５６",
        ] {
            assert_eq!(hash(pin), Err(PinError::Shape), "{pin:?}");
        }
        assert!(hash("000000").is_ok());
    }

    #[test]
    fn anything_but_an_argon2id_hash_is_not_a_stored_pin() {
        assert!(!is_stored_hash("123456"));
        assert!(!is_stored_hash("$2b$12$abcdefghijklmnopqrstuv"));
        assert!(!matches("123456", "123456"));
    }
}
