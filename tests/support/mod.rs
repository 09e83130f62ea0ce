//! Helpers shared by the integration tests.

use std::ops::Deref;
use std::path::{Path, PathBuf};

/// A scratch directory under the system's temporary directory, named after the test and
/// the process, emptied when created and removed when dropped, so that running the tests
/// leaves nothing behind (a panicking test removes it too, as the guard unwinds).
pub struct Scratch(PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("annals-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        Scratch(dir)
    }
}

impl Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
