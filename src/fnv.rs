//! FNV-1a, 64 bits: a change detector, not a security measure, and stable across Rust
//! versions (unlike `std`'s hasher). The guide compiler includes this same file, so a guide's
//! fingerprint and a markup's shape are summed up the same way.

/// Where every FNV-1a hash starts.
pub const START: u64 = 0xcbf2_9ce4_8422_2325;

/// `hash` with `bytes` added.
pub fn add(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
