#!/usr/bin/env node
// A real load balancer for the several-instances check (playwright.instances.config.ts): Debian's nginx, run as
// the current user from a temporary prefix (its config, pid, logs and temp files all in one directory), round
// robin over NGINX_UPSTREAMS ("127.0.0.1:3111,127.0.0.1:3112"), listening on NGINX_PORT. Stops nginx and removes
// the directory when it is told to stop. A test may pin a request to one instance with `X-Test-Instance: a|b|…`
// (the n-th upstream); without it every request goes round robin. Each response says which instance answered
// in X-Upstream.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = Number(process.env.NGINX_PORT);
const upstreams = (process.env.NGINX_UPSTREAMS ?? "").split(",").filter(Boolean);
if (!port || upstreams.length < 2) {
  console.error("nginx-round-robin: set NGINX_PORT and NGINX_UPSTREAMS (two or more host:port, comma-separated)");
  process.exit(2);
}

const nginx = ["/usr/sbin/nginx", "nginx"].find((bin) => spawnSync(bin, ["-v"], { stdio: "ignore" }).status === 0);
if (!nginx) {
  console.error(
    "nginx is not installed. The several-instances check needs a real load balancer: install Debian's nginx " +
      "(`apt-get install -y nginx-light`, as .ci/run does on CI).",
  );
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), "wy-nginx-"));
const letters = "abcdefghijklmnopqrstuvwxyz";
const pinned = upstreams.map((u, i) => `  upstream pin_${letters[i]} { server ${u}; }`).join("\n");
const pins = upstreams.map((_, i) => `    ${letters[i]} pin_${letters[i]};`).join("\n");
const conf = `# written by scripts/nginx-round-robin.mjs
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  log_format upstream '$remote_addr "$request" $status upstream=$upstream_addr $request_time';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
${upstreams.map((u) => `    server ${u};`).join("\n")}
  }
${pinned}
  map $http_x_test_instance $pool {
    default app;
${pins}
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    location / {
      proxy_pass http://$pool;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffer_size 32k;
      proxy_buffers 16 32k;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
const confPath = join(dir, "nginx.conf");
writeFileSync(confPath, conf);
const tested = spawnSync(nginx, ["-p", dir, "-c", confPath, "-t"], { encoding: "utf8" });
if (tested.status !== 0) {
  console.error(`nginx rejected its configuration:\n${tested.stderr}`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}
console.log(`nginx on 127.0.0.1:${port}, round robin over ${upstreams.join(", ")} (config and logs in ${dir})`);
const child = spawn(nginx, ["-p", dir, "-c", confPath], { stdio: "inherit" });
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  child.kill("SIGQUIT");
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? 1));
});
