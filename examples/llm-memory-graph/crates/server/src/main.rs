//! `server`: serves one in-memory graph over TCP with a line protocol (see protocol.rs).

mod protocol;

use memory_graph::{MemoryGraph, VERSION};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::process::ExitCode;

const USAGE: &str = "\
Usage: server [OPTIONS]

Options:
  --addr <HOST:PORT>  Address to listen on (default 127.0.0.1:7878; port 0 picks a free one)
  --once              Serve a single connection, then exit
  -h, --help          Print this help
  -V, --version       Print the version
";

struct Options {
    addr: String,
    once: bool,
}

enum Parsed {
    Serve(Options),
    Help,
    Version,
}

fn parse_args(args: &[String]) -> Result<Parsed, String> {
    let mut options = Options {
        addr: "127.0.0.1:7878".to_string(),
        once: false,
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Parsed::Help),
            "-V" | "--version" => return Ok(Parsed::Version),
            "--once" => options.once = true,
            "--addr" => {
                options.addr = iter.next().ok_or("--addr needs a value")?.clone();
            }
            other => return Err(format!("unexpected argument '{other}'")),
        }
    }
    Ok(Parsed::Serve(options))
}

fn serve_connection(graph: &mut MemoryGraph, stream: TcpStream) -> std::io::Result<()> {
    let mut writer = stream.try_clone()?;
    for line in BufReader::new(stream).lines() {
        let reply = protocol::handle(graph, &line?);
        writeln!(writer, "{reply}")?;
    }
    Ok(())
}

fn serve(options: &Options) -> std::io::Result<()> {
    let listener = TcpListener::bind(&options.addr)?;
    // Printed so that callers binding port 0 learn which port they got.
    println!("listening on {}", listener.local_addr()?);
    let mut graph = MemoryGraph::new();
    for stream in listener.incoming() {
        if let Err(error) = serve_connection(&mut graph, stream?) {
            eprintln!("connection ended: {error}");
        }
        if options.once {
            break;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse_args(&args) {
        Ok(Parsed::Help) => print!("{USAGE}"),
        Ok(Parsed::Version) => println!("server {VERSION}"),
        Ok(Parsed::Serve(options)) => {
            if let Err(error) = serve(&options) {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        }
        Err(problem) => {
            eprintln!("error: {problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
