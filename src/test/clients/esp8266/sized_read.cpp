// An ESP8266 clock's request, the way ESP8266HTTPClient's getString() reads an answer: HTTP/1.1
// on a kept-alive connection, then exactly Content-Length bytes (with no length, and no chunked
// decoding asked for, it reads nothing and the clock never sets), then plain substring parsing
// of "unixtime": and "utc_offset":, as many sketches do without a JSON library. The WiFiClient
// calls are shimmed over POSIX sockets; only the host and port differ from a sketch's.
#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <netdb.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

struct WiFiClient {
  int fd = -1;
  bool connect(const char *host, int port) {
    addrinfo *found;
    if (getaddrinfo(host, std::to_string(port).c_str(), nullptr, &found) != 0) return false;
    fd = socket(found->ai_family, SOCK_STREAM, 0);
    bool ok = ::connect(fd, found->ai_addr, found->ai_addrlen) == 0;
    freeaddrinfo(found);
    timeval wait{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    return ok;
  }
  void print(const std::string &text) { send(fd, text.data(), text.size(), 0); }
  int read() {
    unsigned char c;
    return (recv(fd, &c, 1, 0) == 1) ? c : -1;
  }
  std::string readStringUntil(char end) {
    std::string line;
    for (int c = read(); c >= 0 && c != end; c = read()) line += static_cast<char>(c);
    return line;
  }
};

int main(int argc, char **argv) {
  const char *host = argv[1];
  int port = atoi(argv[2]);
  WiFiClient client;
  if (!client.connect(host, port)) return 2;
  client.print(std::string("GET /api/timezone/") + argv[3] + " HTTP/1.1\r\nHost: " + host +
               "\r\nUser-Agent: ESP8266HTTPClient\r\nConnection: keep-alive\r\n\r\n");
  std::string status = client.readStringUntil('\n');
  long length = -1;
  for (std::string line = client.readStringUntil('\n'); line != "\r" && !line.empty();
       line = client.readStringUntil('\n')) {
    if (strncasecmp(line.c_str(), "Content-Length:", 15) == 0) length = atol(line.c_str() + 15);
  }
  std::string payload;
  for (long i = 0; i < length; i++) payload += static_cast<char>(client.read());
  size_t at = payload.find("\"unixtime\":"); // a sketch's payload.indexOf(...)
  if (at == std::string::npos) {
    printf("no time in %ld bytes (%s)\n", length, status.c_str());
    return 1;
  }
  long unixtime = atol(payload.c_str() + at + 11);
  at = payload.find("\"utc_offset\":\"");
  const char *offset = payload.c_str() + at + 14;
  int sign = (offset[0] == '-') ? -1 : 1;
  long seconds = sign * (atol(offset + 1) * 3600 + atol(offset + 4) * 60);
  printf("%ld %ld\n", unixtime, seconds);
  return 0;
}
