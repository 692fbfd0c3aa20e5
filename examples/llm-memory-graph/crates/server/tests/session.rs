//! Starts the real server on a free loopback port and talks to it over TCP.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn a_client_session_over_tcp() {
    let mut server = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["--addr", "127.0.0.1:0", "--once"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the server starts");
    let mut announcement = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut announcement)
        .unwrap();
    let addr = announcement
        .trim()
        .strip_prefix("listening on ")
        .expect("the server announces its address")
        .to_string();

    {
        let stream = TcpStream::connect(&addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut writer = stream.try_clone().unwrap();
        let mut reader = BufReader::new(stream);
        let mut ask = |line: &str| -> String {
            writeln!(writer, "{line}").unwrap();
            let mut reply = String::new();
            reader.read_line(&mut reply).unwrap();
            reply.trim_end().to_string()
        };
        assert_eq!(ask("ADD prompt hello"), "OK #1");
        assert_eq!(ask("ADD response hi there"), "OK #2");
        assert_eq!(ask("LINK 1 2 answered-by"), "OK");
        assert_eq!(ask("STATS"), "OK nodes=2 edges=1");
    } // the connection closes here

    // With --once the server exits by itself when the connection closes.
    let status = server.wait().unwrap();
    assert!(status.success());
}
