#!/usr/bin/env python3
"""What an editor shows on hover, asked of a real language server over stdio.

Usage: lsp_hover.py SERVER PROJECT_DIR FILE LINE CHARACTER   (LINE and CHARACTER from 0)

Starts SERVER (e.g. csharp-ls) in PROJECT_DIR, opens FILE, asks for the hover at the position until
the server has loaded the project (at most about two minutes), and prints the hover's JSON, or
"no hover". Used by tests/package/run.sh."""
import json, os, subprocess, sys, time, threading, queue

cmd, root, file, line, char = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
p = subprocess.Popen(cmd.split(), cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
q = queue.Queue()

def reader():
    while True:
        headers = {}
        while True:
            l = p.stdout.readline()
            if not l:
                return
            l = l.decode().strip()
            if not l:
                break
            k, v = l.split(':', 1)
            headers[k.lower()] = v.strip()
        body = p.stdout.read(int(headers['content-length']))
        q.put(json.loads(body))

threading.Thread(target=reader, daemon=True).start()
nid = [0]
def send(method, params, notify=False):
    msg = {'jsonrpc': '2.0', 'method': method, 'params': params}
    if not notify:
        nid[0] += 1
        msg['id'] = nid[0]
    data = json.dumps(msg).encode()
    p.stdin.write(b'Content-Length: %d\r\n\r\n' % len(data) + data)
    p.stdin.flush()
    return msg.get('id')

def wait(i, timeout=120):
    end = time.time() + timeout
    while time.time() < end:
        try:
            m = q.get(timeout=1)
        except queue.Empty:
            continue
        if m.get('id') == i and 'method' not in m:
            return m
        if 'method' in m and 'id' in m:  # server request: answer null
            resp = json.dumps({'jsonrpc': '2.0', 'id': m['id'], 'result': None}).encode()
            p.stdin.write(b'Content-Length: %d\r\n\r\n' % len(resp) + resp); p.stdin.flush()
    return None

uri = 'file://' + os.path.abspath(os.path.join(root, file))
wait(send('initialize', {'processId': os.getpid(), 'rootUri': 'file://' + os.path.abspath(root), 'capabilities': {'textDocument': {'hover': {'contentFormat': ['markdown', 'plaintext']}}}}))
send('initialized', {}, notify=True)
send('textDocument/didOpen', {'textDocument': {'uri': uri, 'languageId': 'csharp', 'version': 1, 'text': open(os.path.join(root, file)).read()}}, notify=True)
result = None
deadline = time.time() + 150
while time.time() < deadline and p.poll() is None:
    r = wait(send('textDocument/hover', {'textDocument': {'uri': uri}, 'position': {'line': line, 'character': char}}), timeout=30)
    result = r and r.get('result')
    if result and result.get('contents'):
        break
    time.sleep(2)
print(json.dumps(result, ensure_ascii=False, indent=1) if result else 'no hover')
p.kill()
