//! Sessions of the reviewer page, kept in memory (a restart signs everyone
//! out): a random 256-bit id in the cookie, the reviewer's name, a random
//! 256-bit synchronizer token that every form carries back in a hidden
//! field, and an expiry. Ids and tokens are compared in constant time; the
//! table is bounded (expired sessions are swept, the oldest dropped).

use crate::review::reviewers::random_hex;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use subtle::ConstantTimeEq;

/// How long a session lasts from sign-in.
pub(crate) const LIFETIME: Duration = Duration::from_secs(8 * 3600);

/// The most sessions kept at once.
const MOST: usize = 1000;

/// The cookie's name.
pub(crate) const COOKIE: &str = "napcheck_review";

/// A signed-in reviewer.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    /// Who signed in.
    pub(crate) reviewer: String,
    /// The synchronizer token of this session's forms.
    pub(crate) csrf: String,
    expires: Instant,
}

impl Session {
    /// Whether `given` is this session's form token.
    pub(crate) fn csrf_matches(&self, given: &str) -> bool {
        bool::from(self.csrf.as_bytes().ct_eq(given.as_bytes()))
    }
}

/// Every open session.
#[derive(Debug, Default)]
pub(crate) struct Sessions {
    open: Mutex<HashMap<String, Session>>,
}

impl Sessions {
    /// Opens a session for `reviewer`; returns its id.
    pub(crate) fn open(&self, reviewer: String, now: Instant) -> Result<String, String> {
        let id = random_hex(32)?;
        let csrf = random_hex(32)?;
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        open.retain(|_, s| s.expires > now);
        if open.len() >= MOST {
            if let Some(oldest) = open
                .iter()
                .min_by_key(|(_, s)| s.expires)
                .map(|(k, _)| k.clone())
            {
                open.remove(&oldest);
            }
        }
        open.insert(
            id.clone(),
            Session {
                reviewer,
                csrf,
                expires: now + LIFETIME,
            },
        );
        Ok(id)
    }

    /// The live session of `id`, if any.
    pub(crate) fn find(&self, id: &str, now: Instant) -> Option<Session> {
        let open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        // Every stored id is compared in full, in constant time each.
        let mut found = None;
        for (key, session) in open.iter() {
            if bool::from(key.as_bytes().ct_eq(id.as_bytes())) && session.expires > now {
                found = Some(session.clone());
            }
        }
        found
    }

    /// Ends the session of `id`.
    pub(crate) fn close(&self, id: &str) {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        open.remove(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_lives_until_it_expires_or_is_closed() {
        let sessions = Sessions::default();
        let now = Instant::now();
        let id = sessions.open("Aysel".into(), now).expect("open");
        assert_eq!(id.len(), 64);
        let found = sessions.find(&id, now).expect("found");
        assert_eq!(found.reviewer, "Aysel");
        assert!(found.csrf_matches(&found.csrf.clone()));
        assert!(!found.csrf_matches(""));
        assert!(sessions.find(&id, now + LIFETIME).is_none(), "expired");
        assert!(sessions.find("", now).is_none());
        sessions.close(&id);
        assert!(sessions.find(&id, now).is_none(), "closed");
    }
}
