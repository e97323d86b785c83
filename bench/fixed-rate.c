// A load generator that keeps its schedule: request i is due at i / RATE seconds after the start,
// whether or not earlier answers have come back, and its latency is counted from when it was due.
// A slow server so shows its queueing in the percentiles instead of slowing the generator down, as
// a closed-loop tool (wrk, hey -q) does. Debian has no such tool (wrk2 is not packaged); this is
// ours, for bench/run, and sends traffic only to the address it is given.
//
//   fixed-rate HOST PORT PATH RATE SECONDS [WINDOW] [MAX_CONNECTIONS]
//
// Prints one line per WINDOW seconds of the schedule (all of it by default):
//   window 0-10 s: due 10000 answered 10000 errors 0 p50 0.41 p90 0.62 p99 1.80 max 7.02 ms
// HTTP/1.1 with keep-alive; answers are read by their Content-Length, which every Klockan, nginx
// and gunicorn answer carries. Connections open as the schedule needs them, up to MAX (256).
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum state { CLOSED, CONNECTING, IDLE, BUSY };

struct conn {
  int fd;
  enum state state;
  long due;       // index of the request in flight
  char buf[16384];
  int len;
};

static struct sockaddr_in address;
static char request[1024];
static int request_len;

static long long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int compare(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return (x > y) - (x < y);
}

static int open_connection(int epoll, struct conn *c) {
  c->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  int one = 1;
  setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  if (connect(c->fd, (struct sockaddr *)&address, sizeof address) < 0 && errno != EINPROGRESS) {
    close(c->fd);
    return -1;
  }
  c->state = CONNECTING;
  c->len = 0;
  struct epoll_event event = {.events = EPOLLIN | EPOLLOUT, .data.ptr = c};
  epoll_ctl(epoll, EPOLL_CTL_ADD, c->fd, &event);
  return 0;
}

static void close_connection(int epoll, struct conn *c) {
  epoll_ctl(epoll, EPOLL_CTL_DEL, c->fd, NULL);
  close(c->fd);
  c->state = CLOSED;
}

// False if the request could not be written (the server closed the connection).
static int send_request(struct conn *c, long due) {
  c->due = due;
  c->state = BUSY;
  c->len = 0;
  return write(c->fd, request, request_len) == request_len;
}

// Whether the buffer holds a whole answer; its status and whether it closes the connection.
static int whole_answer(struct conn *c, int *status, int *closes) {
  c->buf[c->len] = 0;
  char *end = strstr(c->buf, "\r\n\r\n");
  if (!end) return 0;
  long length = 0;
  for (char *line = strstr(c->buf, "\r\n"); line && line < end; line = strstr(line + 2, "\r\n")) {
    if (strncasecmp(line + 2, "Content-Length:", 15) == 0) length = atol(line + 17);
    if (strncasecmp(line + 2, "Connection: close", 17) == 0) *closes = 1;
  }
  if (c->len < (end + 4 - c->buf) + length) return 0;
  *status = atoi(c->buf + 9);
  return 1;
}

int main(int argc, char **argv) {
  if (argc < 6) {
    fprintf(stderr, "usage: %s HOST PORT PATH RATE SECONDS [WINDOW] [MAX_CONNECTIONS]\n", argv[0]);
    return 2;
  }
  address.sin_family = AF_INET;
  address.sin_port = htons(atoi(argv[2]));
  inet_pton(AF_INET, argv[1], &address.sin_addr);
  request_len = snprintf(request, sizeof request, "GET %s HTTP/1.1\r\nHost: %s\r\n\r\n", argv[3], argv[1]);
  double rate = atof(argv[4]);
  double seconds = atof(argv[5]);
  double window = (argc > 6) ? atof(argv[6]) : seconds;
  int max = (argc > 7) ? atoi(argv[7]) : 256;
  long total = (long)(rate * seconds);
  double interval = 1e9 / rate;

  float *latency = malloc(sizeof(float) * total); // ms, or -1 for an error
  for (long i = 0; i < total; i++) latency[i] = -2; // not answered (yet)
  struct conn *conns = calloc(max, sizeof(struct conn));
  int epoll = epoll_create1(0);
  long next = 0, done = 0;
  long long start = now_ns();
  long long deadline = start + (long long)((seconds + 10) * 1e9); // 10 s for the last answers

  while (done < total && now_ns() < deadline) {
    long long now = now_ns();
    // Send what is due, on idle connections; open more while none is idle.
    while (next < total && start + (long long)(next * interval) <= now) {
      struct conn *idle = NULL, *closed = NULL;
      int open = 0;
      for (int i = 0; i < max; i++) {
        if (conns[i].state == IDLE) { idle = &conns[i]; break; }
        if (conns[i].state == CLOSED) { if (!closed) closed = &conns[i]; }
        else if (conns[i].state == CONNECTING) open++;
      }
      if (idle) {
        if (!send_request(idle, next)) {
          latency[next] = -1;
          done++;
          close_connection(epoll, idle);
        }
        next++;
      } else {
        if (closed && open == 0) open_connection(epoll, closed);
        break; // due requests wait for a connection: their latency keeps counting
      }
    }
    long long wait = (next < total) ? (start + (long long)(next * interval) - now_ns()) / 1000000 : 100;
    struct epoll_event events[64];
    int n = epoll_wait(epoll, events, 64, (wait > 0) ? (int)wait : 0);
    for (int e = 0; e < n; e++) {
      struct conn *c = events[e].data.ptr;
      if (c->state == CONNECTING) {
        int error = 0;
        socklen_t size = sizeof error;
        getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &error, &size);
        if (error) { close_connection(epoll, c); continue; }
        c->state = IDLE;
        struct epoll_event event = {.events = EPOLLIN, .data.ptr = c};
        epoll_ctl(epoll, EPOLL_CTL_MOD, c->fd, &event);
        continue;
      }
      int got = read(c->fd, c->buf + c->len, sizeof c->buf - 1 - c->len);
      if (got <= 0) {
        if (c->state == BUSY) { latency[c->due] = -1; done++; }
        close_connection(epoll, c);
        continue;
      }
      c->len += got;
      int status = 0, closes = 0;
      if (c->state == BUSY && whole_answer(c, &status, &closes)) {
        long long due = start + (long long)(c->due * interval);
        latency[c->due] = (status / 100 == 2) ? (float)((now_ns() - due) / 1e6) : -1;
        done++;
        c->state = IDLE;
        c->len = 0;
        if (closes) close_connection(epoll, c);
      }
    }
  }

  for (double from = 0; from < seconds - 1e-9; from += window) {
    long first = (long)(from * rate), last = (long)((from + window) * rate);
    if (last > total) last = total;
    float *ok = malloc(sizeof(float) * (last - first + 1));
    long count = 0, errors = 0, missing = 0;
    for (long i = first; i < last; i++) {
      if (latency[i] >= 0) ok[count++] = latency[i];
      else if (latency[i] == -1) errors++;
      else missing++;
    }
    qsort(ok, count, sizeof(float), compare);
#define AT(q) (count ? ok[(long)((count - 1) * (q))] : 0.0f)
    printf("window %g-%g s: due %ld answered %ld errors %ld unanswered %ld p50 %.2f p90 %.2f p99 %.2f max %.2f ms\n",
           from, from + window, last - first, count, errors, missing, AT(0.5), AT(0.9), AT(0.99),
           count ? ok[count - 1] : 0.0f);
    free(ok);
  }
  return 0;
}
