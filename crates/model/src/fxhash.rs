//! A small, fast, non-cryptographic hasher for the dictionaries' short string keys (the
//! Firefox "FxHash" multiply-rotate scheme). Dictionary lookups are the coder's hot loop; the
//! standard SipHash is built to resist hostile keys, which a compiled dictionary does not face.

use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// `HashMap<K, V, FxBuildHasher>`.
pub type FxBuildHasher = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuildHasher>;
pub type FxHashSet<K> = std::collections::HashSet<K, FxBuildHasher>;

/// A cheap, well-mixed fingerprint of a word from its length and first and last two bytes.
#[inline]
pub fn fingerprint(w: &str) -> u64 {
    let b = w.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0) as u64;
    let n = b.len();
    let key = (n as u64) | at(0) << 8 | at(1) << 16 | at(n.wrapping_sub(2)) << 24 | at(n.wrapping_sub(1)) << 32;
    key.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A bit set over a cheap fingerprint of words (length, first and last two bytes): it says
/// "certainly not in the dictionary" for most words of a text without hashing them, and
/// "maybe" for the dictionary's own words. Put in front of a dictionary lookup on a hot path.
#[derive(Clone, Debug)]
pub struct WordFilter {
    bits: Vec<u64>,
}

impl WordFilter {
    /// A filter of `2^log2_bits` bits (a few bits per word keeps it selective).
    pub fn new(log2_bits: u32) -> WordFilter {
        WordFilter { bits: vec![0; (1usize << log2_bits).div_ceil(64)] }
    }

    #[inline]
    fn bit(&self, w: &str) -> usize {
        (fingerprint(w) >> 32) as usize % (self.bits.len() * 64)
    }

    pub fn insert(&mut self, w: &str) {
        let k = self.bit(w);
        self.bits[k / 64] |= 1 << (k % 64);
    }

    /// False: `w` was never inserted. True: it may have been.
    #[inline]
    pub fn may_contain(&self, w: &str) -> bool {
        let k = self.bit(w);
        self.bits[k / 64] & (1 << (k % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_filter_never_forgets_a_word() {
        let mut f = WordFilter::new(12);
        let words = ["meet", "met", "meeting", "a", "", "négocier", "a-longer-key-than-eight"];
        for w in words {
            f.insert(w);
        }
        assert!(words.iter().all(|w| f.may_contain(w)));
        let strangers = ["the", "of", "and", "to", "in", "that", "was", "for", "with", "as"];
        assert!(strangers.iter().filter(|w| f.may_contain(w)).count() < 5);
    }

    #[test]
    fn maps_work_with_string_keys() {
        let mut m: FxHashMap<String, u32> = FxHashMap::default();
        for (i, w) in ["meet", "met", "meeting", "a-longer-key-than-eight"].iter().enumerate() {
            m.insert(w.to_string(), i as u32);
        }
        assert_eq!(m.get("met"), Some(&1));
        assert_eq!(m.get("a-longer-key-than-eight"), Some(&3));
        assert_eq!(m.get("mee"), None);
    }
}
