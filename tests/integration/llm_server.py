"""A small OpenAI-compatible chat completions server (stdlib only) that misbehaves on purpose.

    python tests/integration/llm_server.py [PORT]     # prints "PORT <n>" once listening

The model name in each request picks the behaviour, so one server process serves every test:

    ok          answers with the second sentence of passage 1, marker after the full stop ("…。[1]")
    hang        accepts the request and never answers
    slow        streams the ok answer one character every 0.5 s
    error500    HTTP 500
    malformed   200 with a body (or stream events) that is not JSON
    drop        streams the start of the answer, then closes the connection mid-stream
    invent      one sentence from passage 1 and one invented claim, both cited [1]
    invent-all  only invented claims, cited [1]
    markers     the ok answer followed by [99][0][123]
    nomarker    the ok answer without any marker

Condensing requests (no passages in the prompt) get the question's last line back, except in
hang / error500 mode. Streaming and non-streaming requests are both served.
"""

from __future__ import annotations

import json
import re
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_PASSAGE = re.compile(r'<passage id="(\d+)"[^>]*>\n(.*?)\n</passage>', re.S)
INVENTED = "据统计，全市共有12345个党支部由王建国同志统一领导。"
INVENTED_2 = "讲话要求各地在2030年前全面建成智慧旅游示范区。"


def _sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]+[。！？]", text) if len(s) > 8] or [text]


def reply_for(behaviour: str, messages: list[dict[str, Any]]) -> str:
    content = "\n".join(str(m.get("content", "")) for m in messages)
    passages = dict(_PASSAGE.findall(content))
    if not passages:  # a condensing request
        last = re.search(r"Last message: (.*)", content)
        return last.group(1).strip() if last else content.strip().splitlines()[-1]
    first = _sentences(passages.get("1", ""))
    chosen = first[1] if len(first) > 1 else first[0]
    if behaviour == "invent":
        return f"{chosen}[1]{INVENTED}[1]"
    if behaviour == "invent-all":
        return f"{INVENTED}[1]{INVENTED_2}[1]"
    if behaviour == "markers":
        return f"{chosen}[1][99][0][123]"
    if behaviour == "nomarker":
        return chosen
    return f"{chosen}[1]"  # "…。[1]": the marker after the full stop


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def _json(self, status: int, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        behaviour = str(body.get("model", "ok"))
        sys.stderr.write(f"request {behaviour} stream={bool(body.get('stream'))}\n")
        if behaviour == "hang":
            time.sleep(3600)
            return
        if behaviour == "error500":
            self._json(500, b'{"error": {"message": "internal error", "type": "server_error"}}')
            return
        text = reply_for(behaviour, body.get("messages", []))
        if not body.get("stream"):
            if behaviour == "malformed":
                self._json(200, b'{"id": "c1", "choices": [ {"message": ')
                return
            payload = {"id": "c1", "object": "chat.completion", "created": 0,
                       "model": behaviour,
                       "choices": [{"index": 0, "finish_reason": "stop",
                                    "message": {"role": "assistant", "content": text}}],
                       "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
            self._json(200, json.dumps(payload, ensure_ascii=False).encode())
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if behaviour == "malformed":
            self.wfile.write(b"data: {this is not json\n\n")
            self.wfile.flush()
            return
        pieces = list(text) if behaviour == "slow" else [text[:6], text[6:20], text[20:]]
        if behaviour == "drop":
            pieces = pieces[:1]
        for i, piece in enumerate(pieces):
            delta = {"role": "assistant", "content": piece} if i == 0 else {"content": piece}
            self._event({"id": "c1", "object": "chat.completion.chunk", "created": 0,
                         "model": behaviour,
                         "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
            if behaviour == "slow":
                time.sleep(0.5)
        if behaviour == "drop":
            self.connection.shutdown(2)  # mid-stream: no finish_reason, no [DONE]
            return
        self._event({"id": "c1", "object": "chat.completion.chunk", "created": 0,
                     "model": behaviour,
                     "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()

    def _event(self, chunk: dict[str, Any]) -> None:
        self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
        self.wfile.flush()


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(f"PORT {server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
