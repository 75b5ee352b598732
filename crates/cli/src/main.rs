//! `napcheck`, the command line. A placeholder until the CLI issue fills it.

fn main() {
    let sets = napcheck_core::Catalogue::bundled().sets().len();
    println!("napcheck: {sets} criteria sets bundled");
}
