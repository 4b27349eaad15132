import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../../utils/detect/confidential/guess-language';
import { sourceCodeDetector } from '../../../../utils/detect/confidential/source-code';
import { scan } from '../../../../utils/detect/scan';
import { confidenceAtLeast } from '../../../../utils/detect/types';

const SAMPLES: Record<string, string> = {
  python: `import os
from pathlib import Path

def load_config(path):
    """Read the settings file."""
    if not os.path.exists(path):
        return None
    with open(path) as handle:
        return handle.read()`,
  javascript: `const express = require('express');
const app = express();

app.get('/health', (req, res) => {
  res.json({ ok: true });
});

app.listen(3000);`,
  typescript: `interface Invoice {
  id: string;
  total: number;
}

export function sum(items: Invoice[]): number {
  return items.reduce((acc, item) => acc + item.total, 0);
}`,
  java: `public class Greeter {
    private final String name;

    public Greeter(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Hello " + name;
    }
}`,
  c: `#include <stdio.h>

int main(void) {
    int total = 0;
    for (int i = 0; i < 10; i++) {
        total += i;
    }
    printf("%d\\n", total);
    return 0;
}`,
  sql: `SELECT c.name, SUM(o.amount) AS revenue
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.created_at >= '2024-01-01'
GROUP BY c.name
ORDER BY revenue DESC;`,
  go: `package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		total += i
	}
	fmt.Println(total)
}`,
  rust: `fn main() {
    let mut count = 0;
    for item in items.iter() {
        count += item.len();
    }
    println!("{}", count);
}`,
  php: `<?php
function greet($name) {
    echo "Hello " . $name;
    return true;
}
$result = greet("world");`,
  shell: `#!/usr/bin/env bash
set -euo pipefail

SLACK_TOKEN="$(cat /run/secrets/slack)"
CHANNEL="#deploys"

notify() {
  local msg="$1"
  curl -s -X POST -H "Authorization: Bearer $SLACK_TOKEN" \\
    -d "channel=$CHANNEL" -d "text=$msg" https://slack.com/api/chat.postMessage
}

for svc in api worker web; do
  kubectl rollout restart deploy/$svc
  notify "restarted $svc"
done`,
};

describe('sourceCodeDetector', () => {
  it.each(Object.entries(SAMPLES))('finds a %s block at medium or above, spanning it', (language, code) => {
    const findings = sourceCodeDetector.find(code);
    expect(findings).toHaveLength(1);
    expect(confidenceAtLeast(findings[0].confidence, 'medium')).toBe(true);
    expect(findings[0]).toMatchObject({ type: 'code.source', detector: 'source-code', start: 0 });
    // The block ends with the last code line (a closing brace or statement).
    expect(code.slice(findings[0].end).trim()).toBe('');
    expect(guessLanguage(code)).toBe(language);
  });

  // Languages the guess does not name: found as code all the same, from their first line to their last.
  it.each([
    // A diff of a Gradle build: a plan's markers before other words than Terraform's blocks stay code.
    ['a diff of a Gradle task', '- task "integrationTest" {\n+ task "integrationTest" {\n+     dependsOn test\n+     useJUnitPlatform()\n  }'],
    // A script's quoted assignments after its shebang keep it in one block (synthetic values).
    [
      'a shell script assigning quoted values',
      '#!/usr/bin/env bash\nset -euo pipefail\n\nREMOTE_DIR=/inbound/invoices\nNPM_TOKEN="npm_0000fake0000fake0000fake0000fake0000"\nAWS_REGION="eu-west-3"\nAPI_URL="https://api.acme-demo.com"\n\nfor f in /data/outbound/*.xml; do\n  echo "uploading $f"\n  mv "$f" /data/archive/\ndone\necho "done"',
    ],
    [
      'an Excel macro (VBA)',
      'Option Explicit\n\nConst REPORT_NAME As String = "Ventes"\n\nSub Exporter()\n    Dim ws As Worksheet, i As Long\n    Set ws = ThisWorkbook.Sheets(REPORT_NAME)\n    For i = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row\n        If ws.Cells(i, 3).Value > 100 Then ws.Cells(i, 4).Value = "OK"\n    Next i\nEnd Sub',
    ],
    [
      'a PowerShell script',
      'param([string]$Env = "prod")\n\n$token = $env:API_TOKEN\n$count = 3\n\nforeach ($svc in @("api", "worker")) {\n    Write-Host "Restarting $svc in $Env"\n    Restart-Service -Name "app-$svc" -Force\n}',
    ],
    [
      // No param block nor semicolon: its $variable assignments are what only code writes (synthetic ids).
      'a PowerShell script of assignments',
      '$TenantId = "00000000-0000-4000-8000-000000000001"\n$ClientId = "00000000-0000-4000-8000-000000000002"\n$env:SMTP_HOST = "smtp.acme-demo.com"\n$sec = ConvertTo-SecureString $env:GRAPH_SECRET -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential($ClientId, $sec)',
    ],
    [
      // Snowflake's CREATE OR REPLACE and a MERGE, whose clauses start their lines.
      'a SQL stage and merge',
      "CREATE OR REPLACE STAGE raw.s3_exports\n  URL = 's3://exports-prod/crm/'\n  FILE_FORMAT = (TYPE = CSV);\n\nMERGE INTO dim_customer t\nUSING (SELECT * FROM raw.customers_stg) s\nON t.customer_id = s.customer_id\nWHEN MATCHED THEN UPDATE SET t.email = s.email, t.iban = s.iban\nWHEN NOT MATCHED THEN INSERT (customer_id, email) VALUES (s.customer_id, s.email);",
    ],
    [
      'a SQL merge alone',
      'MERGE INTO dim_customer t\nUSING staging.customers s\nON t.customer_id = s.customer_id\nWHEN MATCHED THEN UPDATE SET t.email = s.email\nWHEN NOT MATCHED THEN INSERT (customer_id, email) VALUES (s.customer_id, s.email);',
    ],
    [
      'a Bash script with exports',
      '#!/usr/bin/env bash\nset -euo pipefail\n\nexport DB_HOST=\'db.internal\'\nexport DB_NAME=\'crm\'\nBACKUP_DIR=/var/backups/$(date +%F)\nmkdir -p "$BACKUP_DIR"\nfor db in crm billing; do\n  pg_dump -Fc "$db" > "$BACKUP_DIR/$db.dump"\ndone',
    ],
    [
      // Lines that are code only by their quoted variables and command substitutions, around a loop.
      'a Bash script whose lines are commands',
      '#!/usr/bin/env bash\nset -euo pipefail\n\n: "${API_TOKEN:?API_TOKEN must be set}"\nBACKUP_DIR="/var/backups/shipments"\nmkdir -p "$BACKUP_DIR"\nfor f in /srv/exports/*.csv; do\n  name=$(basename "$f" .csv)\n  gzip -c "$f" > "$BACKUP_DIR/${name}_$(date +%F).csv.gz"\ndone\nfind "$BACKUP_DIR" -mtime +7 -delete\necho "backup done: $(ls "$BACKUP_DIR" | wc -l) files"',
    ],
    [
      // Its commands read as words; its variables (%SHARE%) are what prose never writes.
      'a Windows batch file',
      '@echo off\nsetlocal enabledelayedexpansion\nset SHARE=\\\\nas01\\backup\nnet use Z: %SHARE% /user:CORP\\svc_backup %BACKUP_PWD%\nrobocopy D:\\Data Z:\\%COMPUTERNAME% /MIR /R:2 /W:5 /LOG:C:\\Logs\\backup.log\nif errorlevel 8 (\n  echo Backup failed >> C:\\Logs\\errors.log\n  exit /b 1\n)\nnet use Z: /delete /y\nendlocal',
    ],
    [
      // Written in capitals, as older scripts often are.
      'a Windows batch file in capitals',
      '@ECHO OFF\nSETLOCAL ENABLEDELAYEDEXPANSION\nSET ROOT=%~dp0\nSET PATH=%ROOT%bin;%PATH%\nIF NOT EXIST "%ROOT%build" MKDIR "%ROOT%build"\nCALL :compile %1\nIF ERRORLEVEL 1 GOTO :error\nENDLOCAL\nEXIT /B 0',
    ],
    [
      // Its comments start each line with "|" (framed by "|-----"): comments, not a Markdown table's rows.
      'a Laravel configuration file',
      '<?php\n\nuse Illuminate\\Support\\Str;\n\nreturn [\n\n    /*\n    |--------------------------------------------------------------------------\n    | Default Database Connection Name\n    |--------------------------------------------------------------------------\n    |\n    | Here you may specify which of the database connections below you wish\n    | to use as your default connection for database operations. This is\n    | the connection that will be utilized unless another connection\n    | is explicitly specified when you execute a query / statement.\n    |\n    */\n\n    \'default\' => env(\'DB_CONNECTION\', \'sqlite\'),\n\n    /*\n    |--------------------------------------------------------------------------\n    | Database Connections\n    |--------------------------------------------------------------------------\n    |\n    | Below are all of the database connections defined for your application.\n    | An example configuration is provided for each database system which\n    | is supported by Laravel. You\'re free to add / remove connections.\n    |\n    */\n\n    \'connections\' => [\n\n        \'mysql\' => [\n            \'driver\' => \'mysql\',\n            \'url\' => env(\'DB_URL\'),\n            \'host\' => env(\'DB_HOST\', \'127.0.0.1\'),\n            \'port\' => env(\'DB_PORT\', \'3306\'),\n            \'database\' => env(\'DB_DATABASE\', \'laravel\'),\n            \'username\' => env(\'DB_USERNAME\', \'root\'),\n            \'password\' => env(\'DB_PASSWORD\', \'\'),\n            \'charset\' => env(\'DB_CHARSET\', \'utf8mb4\'),\n        ],\n    ],\n];',
    ],
    [
      // A package not named main: one block from the first line.
      'a Go file',
      'package billing\n\nimport (\n\t"context"\n\t"database/sql"\n\t"encoding/json"\n)\n\nconst defaultTimeout = 5 * time.Second\n\ntype Invoice struct {\n\tID        string\n\tAmountCts int64\n}\n\nfunc load(ctx context.Context, db *sql.DB) (*Invoice, error) {\n\tvar inv Invoice\n\terr := db.QueryRowContext(ctx, "SELECT id FROM invoices").Scan(&inv.ID)\n\treturn &inv, err\n}',
    ],
    [
      // Its modules and methods without parentheses are lines only code writes.
      'a Ruby module',
      'module PayrollRunsSync\n  TOKEN = ENV.fetch("SYNC_TOKEN")\n\n  def self.pull(since:)\n    uri = URI("https://sync.internal/runs?since=#{since}")\n    res = Net::HTTP.get_response(uri)\n    raise "sync failed: #{res.code}" unless res.is_a?(Net::HTTPSuccess)\n    JSON.parse(res.body).fetch("items", [])\n  end\n\n  def self.valid?\n    true\n  end\nend',
    ],
    [
      // Variables whose names start as nginx's directives do, assigned with := or declared with their type.
      'Go and C lines named as directives',
      'addr := &net.UDPAddr{\n\tPort: 53,\n}\nerrors := []error{\n}\nroot := &Tree{\n}\nclient_t *client = client_new();\nerror (0, errno, "open");\nindex <<= 1;',
    ],
    [
      // Declarations whose types are in snake_case as nginx's directives are, and PHP's includes given a string.
      'C declarations of _t types',
      'struct conn {\n    int fd;\n    size_t len;\n    socklen_t addrlen;\n    pthread_mutex_t lock;\n    time_t last_seen;\n};',
    ],
    ['a PHP script of includes', "<?php\nrequire_once 'config.php';\ninclude_once 'db.php';\nrequire_once 'auth.php';\n$user = current_user();"],
    [
      // Constants holding URLs: the URL's words do not make the line prose.
      'a Kotlin object of URL constants',
      'package com.example.app.network\n\nimport okhttp3.OkHttpClient\nimport java.util.concurrent.TimeUnit\n\nobject ApiConfig {\n    const val BASE_URL = "https://api.example-corp.fr/mobile/v2/"\n    const val DOCS_URL = "https://docs.example-corp.fr/mobile/api/reference/latest"\n    const val STATUS_URL = "https://status.example-corp.fr/api/public/summary/json"\n    const val TIMEOUT_S = 30L\n}\n\nclass Client(private val http: OkHttpClient) {\n    fun ping(): Boolean = http.newCall(request(BASE_URL)).execute().isSuccessful\n}',
    ],
    [
      // Variables named as nginx's directives are: assigned, they are code.
      'C with variables named index and root',
      '#include <stdio.h>\n\nint main(void) {\n    int index = 0;\n    int root = 1;\n    index = 4;\n    root += index;\n    printf("%d\\n", root);\n    return 0;\n}',
    ],
    // Member assignments written without blanks, as in a minified or hurried script: code, not Java .properties.
    ['compact member assignments', "const app = express()\napp.locals.title='Acme'\napp.set('view engine', 'pug')\napp.use(express.json())\nmodule.exports=app\napp.listen(3000)"],
    ['a function of compact assignments', "function init() {\n  window.dataLayer=window.dataLayer||[]\n  document.title='Dashboard'\n  el.style.display='none'\n  return el\n}"],
    ['C++ with an extern "C" block', 'extern "C" {\n#include "legacy.h"\n}\n\nstatic int count = 0;\nint next_id(void) {\n  return ++count;\n}\nvoid reset(void) {\n  count = 0;\n}'],
    // Scripts whose imports are their only lines that code alone writes.
    [
      'an R script',
      'library(DBI)\nlibrary(dplyr)\n\ncon <- dbConnect(RPostgres::Postgres(), host = "db.internal", dbname = "survey")\nresp <- tbl(con, "responses") %>%\n  filter(wave == 3) %>%\n  group_by(region) %>%\n  summarise(n = n())\nprint(resp)',
    ],
    [
      'a Ruby script',
      "require 'net/http'\nrequire 'json'\n\nTOKEN = ENV.fetch('HF_TOKEN')\nuri = URI('https://huggingface.co/api/whoami-v2')\nreq = Net::HTTP::Get.new(uri)\nreq['Authorization'] = \"Bearer #{TOKEN}\"\nres = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }\nputs JSON.parse(res.body)['name']",
    ],
    // An object literal pasted without its indentation: its members, keys unquoted, keep the block whole.
    [
      'a JavaScript module pasted flat',
      'module.exports = {\nmode: "production",\nentry: "./src/index.js",\ndevtool: false,\ncache: true,\n};\nconsole.log("built");\nprocess.exit(0);',
    ],
    // A dict a function returns: its members, quoted as JSON's are, keep the block whole inside the literal the line of
    // code opened.
    [
      'a pytest fixture returning a dict',
      'import pytest\n\n@pytest.fixture\ndef customer():\n    return {\n        "email": "jane@acme-demo.com",\n        "country": "FR",\n        "vip": True,\n        "orders": 3,\n    }\n\ndef test_export(customer):\n    assert export_row(customer)["email"] == customer["email"]',
    ],
    // Its map literal's members, quoted as JSON's are, keep the block whole.
    [
      'a Go function returning a map literal',
      'func newConsumer() (*kafka.Consumer, error) {\n\tbroker := "broker-1.kafka.internal:9092"\n\treturn kafka.NewConsumer(&kafka.ConfigMap{\n\t\t"bootstrap.servers": "broker-2.kafka.internal:9092",\n\t\t"group.id":          "payments-sink",\n\t\t"auto.offset.reset": "earliest",\n\t})\n}',
    ],
    // Its #SBATCH directives are lines only a Slurm batch script writes.
    [
      'a Slurm batch script',
      '#!/bin/bash\n#SBATCH --job-name=rnaseq_align\n#SBATCH --partition=gpu\n#SBATCH --nodes=2\n#SBATCH --time=12:00:00\n#SBATCH --mem=64G\n\nmodule load cuda/12.2 python/3.11\nsource ~/envs/bio/bin/activate\nexport HF_HOME="$SCRATCH/hf"',
    ],
    // Lower-case SQL with Jinja: its CTE's "with src as (" and a lone "select" are lines only SQL writes.
    [
      'a dbt model',
      "{{ config(materialized='incremental', unique_key='payment_id') }}\n\nwith src as (\n    select * from {{ source('stripe', 'charges') }}\n    {% if is_incremental() %}\n    where created > (select max(created_at) from {{ this }})\n    {% endif %}\n)\nselect\n    id as payment_id,\n    amount / 100.0 as amount_eur,\n    status,\n    to_timestamp(created) as created_at\nfrom src",
    ],
    // A Chef recipe: Ruby blocks given a string (service 'x' do) and hash assignments (made-up values).
    [
      'a Chef recipe',
      "# attributes/default.rb\ndefault['app']['user'] = 'grafana'\ndefault['app']['port'] = 3000\ndefault['app']['db_password'] = data_bag_item('secrets', 'db_password')['value']\n\n# recipes/default.rb\npackage 'grafana'\n\ntemplate '/etc/grafana/grafana.ini' do\n  source 'grafana.ini.erb'\n  owner 'grafana'\n  mode '0640'\n  variables(settings: node['app'])\n  notifies :restart, 'service[grafana-server]', :delayed\nend\n\nservice 'grafana-server' do\n  action [:enable, :start]\nend",
    ],
    // A deploy script: exports of generated tokens (their runs of letters are not prose's words; made-up values).
    [
      'a deploy script with exports and a continued command',
      '#!/usr/bin/env bash\nset -euo pipefail\n\n# last run 0ee11179fc2b8887e3b55bef05f1f4f1\nexport GITLAB_PRIVATE_TOKEN="glrt-IThzPLIcl5OGsY87rinT"\nexport PAGERDUTY_API_TOKEN="dapi74fa5b75b99e47a8d8fe971a9a0f3dd5"\nexport SENTRY_TOKEN="sntrys_eyJpYXQiOjE3MTIyODUyNDIsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIn0"\n\nNAMESPACE="monitoring"\nIMAGE_TAG="${1:?usage: deploy.sh <tag>}"\n\necho "Deploying ${IMAGE_TAG} to ${NAMESPACE}"\nhelm upgrade --install airflow apache-airflow/airflow \\\n  --namespace "${NAMESPACE}" \\\n  --set images.airflow.tag="${IMAGE_TAG}" \\\n  --wait --timeout 15m\nkubectl -n "${NAMESPACE}" rollout status deploy/airflow-scheduler',
    ],
    // Scala's and Kotlin's val, and a Go struct's fields with their tags.
    [
      'a Scala object with vals',
      'object IngestJob {\n  val bucket = "s3://lake-bronze/exports"\n  val region = "eu-west-3"\n  val server = "172.28.236.10"\n  val schemaRegistry = "http://registry.lake.internal:8081"\n  val accessKeyId = sys.env.getOrElse("AWS_ACCESS_KEY_ID", "")\n\n  def main(args: Array[String]): Unit = {\n    val spark = SparkSession.builder.getOrCreate()\n    spark.stop()\n  }\n}',
    ],
    [
      'a Go struct and its handler',
      'type Ticket struct {\n\tPlayerID string `json:"player_id"`\n\tMMR      int    `json:"mmr"`\n\tRegion   string `json:"region"`\n\tQueuedAt int64  `json:"queued_at"`\n}\n\nfunc EnqueueHandler(w http.ResponseWriter, r *http.Request) {\n\tvar t Ticket\n\tif err := json.NewDecoder(r.Body).Decode(&t); err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusBadRequest)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusAccepted)\n}',
    ],
    // A page's markup and a component's template are code.
    [
      'an Angular template',
      '<div class="orders" *ngIf="orders.length; else empty">\n  <ul>\n    <li *ngFor="let order of orders" (click)="select(order)">\n      <span>{{ order.number }}</span>\n    </li>\n  </ul>\n</div>',
    ],
    // Markup with a script holds code.
    [
      'an HTML page with its script',
      '<!DOCTYPE html>\n<html>\n<head>\n  <title>Checkout</title>\n  <script>\n    const form = document.querySelector("form");\n    form.addEventListener("submit", (event) => {\n      event.preventDefault();\n      send(new FormData(form));\n    });\n  </script>\n</head>\n<body>\n  <form></form>\n</body>\n</html>',
    ],
  ])('finds %s at medium or above, spanning it', (_name, code) => {
    const text = `Can you review this?\n\n${code}\n`;
    const findings = sourceCodeDetector.find(text);
    expect(findings).toHaveLength(1);
    expect(confidenceAtLeast(findings[0].confidence, 'medium')).toBe(true);
    expect(findings[0].start).toBe(text.indexOf(code));
    expect(findings[0].end - findings[0].start).toBeGreaterThan(code.length * 0.8);
  });

  // A program's output printed after it: JSON members, indented by blanks, are data, not the members of a literal.
  it('ends a block of code before the JSON it prints', () => {
    const code = 'const res = await fetch(`${API}/orders/${id}`);\nif (!res.ok) {\n  throw new Error(`HTTP ${res.status}`);\n}\nconst order = await res.json();\nconsole.log(order);';
    const text = `${code}\n\nOutput:\n{\n  "id": "ord_1042",\n  "status": "paid",\n  "amount": 4200,\n  "currency": "eur",\n  "customer": "cus_77",\n  "items": 3,\n  "gift": false,\n  "note": "leave at the door"\n}\n`;
    const findings = sourceCodeDetector.find(text).filter((f) => f.confidence !== 'low');
    expect(findings.map((f) => [f.start, f.end < text.indexOf('"id"')])).toEqual([[0, true]]);
  });

  it('ends a block of code before a Markdown table without outer pipes (its rows hold a second "|")', () => {
    const code = 'def client():\n    cfg = load_config()\n    if cfg.debug:\n        log.setLevel(DEBUG)\n    return Client(cfg)';
    const text = `${code}\n\n| Name | Type | Default | Description\n|------|------|---------|------------\n| host | str | localhost | The name of the server that the client should reach first\n| port | int | 8080 | The port that the server listens on for the client calls\n| tls | bool | false | Whether the client should use TLS when it calls the server\n`;
    const findings = sourceCodeDetector.find(text).filter((f) => f.confidence !== 'low');
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([code]);
  });

  it("finds a notebook's code cell (.ipynb), each line a JSON string ending with its \\n", () => {
    const cell = '"import pandas as pd\\n",\n    "import numpy as np\\n",\n    "\\n",\n    "df = pd.read_csv(\\"export.csv\\", sep=\\";\\")\\n",\n    "df[\\"signup\\"] = pd.to_datetime(df[\\"signup\\"], dayfirst=True)\\n",\n    "churn = df.groupby(\\"plan\\")[\\"churned\\"].mean()\\n",';
    const text = `{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    ${cell}\n    "churn"\n   ]\n  }\n ]\n}`;
    // scan() makes each "\\n" a line break.
    const findings = scan(text).filter((f) => f.type === 'code.source' && f.confidence !== 'low');
    expect(findings).toHaveLength(1);
    // From inside the first line's opening quote to the last line of code at least.
    expect(findings[0].start).toBe(text.indexOf(cell) + 1);
    expect(findings[0].end).toBeGreaterThanOrEqual(text.indexOf('.mean()') + 7);
  });

  it('spans only the code inside a chat message', () => {
    const code = 'def total(items):\n    result = 0\n    for item in items:\n        result += item.price\n    return result';
    const text = `Can you find the bug in this function? It returns the wrong total.\n\n${code}\n\nThanks a lot for your help, I have been stuck on this all afternoon.`;
    const findings = sourceCodeDetector.find(text);
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0].start, findings[0].end)).toBe(code);
    expect(findings[0].confidence).toBe('medium');
  });

  it("keeps a JavaScript module in one block across an object literal's members (a made-up Firebase key)", () => {
    const code = `import { initializeApp } from "firebase/app";\nimport { getAuth } from "firebase/auth";\n\nconst firebaseConfig = {\n  apiKey: "AIzaSyD-fake-0000000000000000000000000",\n  authDomain: "crm-prod.firebaseapp.com",\n  projectId: "crm-prod",\n  appId: "1:481099200719:web:913fc9236dff71be",\n};\n\nexport const auth = getAuth(initializeApp(firebaseConfig));`;
    const text = `Our web app config, is it OK to ship this?\n${code}\n\nThanks!`;
    const findings = sourceCodeDetector.find(text);
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0].start, findings[0].end)).toBe(code);
  });

  it("keeps a notebook cell in one block across the private key it holds (a made-up key's armour and base64 lines)", () => {
    const base64 = Array.from({ length: 12 }, (_, i) => `MIIEvgIBADANBgkqhkiG9w0BAQEFAASC${String(i).padStart(2, '0')}`.padEnd(64, 'Qx7+/Zk'));
    const code = [
      'from google.oauth2 import service_account',
      'from google.cloud import bigquery',
      '',
      'PRIVATE_KEY = """-----BEGIN PRIVATE KEY-----',
      ...base64,
      '-----END PRIVATE KEY-----"""',
      'info = {"type": "service_account", "project_id": "dwh-prod", "private_key": PRIVATE_KEY}',
      'creds = service_account.Credentials.from_service_account_info(info)',
      'client = bigquery.Client(credentials=creds, project="dwh-prod")',
      'df = client.query("SELECT count(*) FROM events.raw").to_dataframe()',
    ].join('\n');
    const text = `In [7]:\n${code}\nValueError: Could not deserialize key data.`;
    expect(sourceCodeDetector.find(text).map((f) => text.slice(f.start, f.end))).toEqual([code]);
  });

  it("ends a block before YAML and JSON members and a note's labelled lines, which no comma, a quoted key or words mark as data", () => {
    const code = 'import os\nimport sys\n\ndef main():\n    return 0';
    for (const data of [
      'name: portal\nlog_level: info\nregion: eu-west-1\nowner: data-team',
      '"name": "portal",\n"log_level": "info",\n"region": "eu-west-1",\n"owner": "data-team",',
      'Client: Jane Doe,\nEmail: jane.doe@acme-demo.com,\nPhone: 06 12 34 56 78,\nDear: team,',
    ]) {
      const text = `${code}\n${data}`;
      expect(sourceCodeDetector.find(text).map((f) => text.slice(f.start, f.end))).toEqual([code]);
    }
  });

  it('keeps a SQL dump in one block across its INSERT value rows', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `  (${i + 1}, 'Jane Doe ${i}', 'jane${i}@example.com', '+33 6 12 34 56 7${i}', '2024-0${i + 1}-15')${i === 4 ? ';' : ','}`);
    const code = `CREATE TABLE customers (\n  id SERIAL PRIMARY KEY,\n  full_name VARCHAR(120) NOT NULL,\n  email VARCHAR(255)\n);\n\nINSERT INTO customers (id, full_name, email, phone, created_at) VALUES\n${rows.join('\n')}\n\nSELECT id, email FROM customers\nWHERE created_at > now() - interval '90 days'\nORDER BY id;`;
    const text = `Optimize this please:\n\n${code}\n\nThanks!`;
    const findings = sourceCodeDetector.find(text);
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0].start, findings[0].end)).toBe(code);
  });

  it('reports the table definition of a dump, and not its rows alone', () => {
    const ddl = 'DROP TABLE IF EXISTS `customers`;\nCREATE TABLE `customers` (\n  `id` int(11) NOT NULL,\n  `email` varchar(64),\n  `phone` varchar(32),\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;';
    const rows = "LOCK TABLES `customers` WRITE;\nINSERT INTO `customers` VALUES (1,'jane@acme-demo.com','+33 6 12 34 56 78'),\n(2,'bruno@acme-demo.com','+33 6 98 76 54 32');\nUNLOCK TABLES;";
    const findings = sourceCodeDetector.find(`-- MySQL dump 10.13\n\n${ddl}\n\n${rows}\n`).filter((f) => f.confidence !== 'low');
    expect(findings).toHaveLength(1);
    expect(findings[0].start).toBe(`-- MySQL dump 10.13\n\n`.length);
    expect(sourceCodeDetector.find(`-- MySQL dump 10.13\n\n${rows}\n`).filter((f) => f.confidence !== 'low')).toEqual([]);
  });

  it('rates a long dense block high', () => {
    const fn = (i: number) => `function step${i}(input) {\n  const value = input * ${i};\n  if (value > 10) {\n    return value;\n  }\n  return 0;\n}\n`;
    const text = Array.from({ length: 4 }, (_, i) => fn(i)).join('\n');
    expect(sourceCodeDetector.find(text)).toMatchObject([{ confidence: 'high', start: 0 }]);
  });

  it.each([
    ['prose', 'We met the client on Tuesday.\nThey want the report by Friday (at the latest).\nI said we would try; the team is small.\nLet me know what you think.'],
    ['CSV', 'id,name,email,amount\n1,Alice Martin,alice@acme-demo.com,120.50\n2,Bruno Petit,bruno@acme-demo.com,80.00\n3,Chloé Durand,chloe@acme-demo.com,42.10'],
    [
      'JSON export',
      '[\n  {\n    "id": 1,\n    "name": "Alice",\n    "active": true\n  },\n  {\n    "id": 2,\n    "name": "Bruno",\n    "active": false\n  }\n]',
    ],
    ['JSON config', '{\n  "compilerOptions": {\n    "strict": true,\n    "target": "ES2022"\n  },\n  "include": ["src"]\n}'],
    ['YAML', 'name: build\non:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest'],
    ['.env', 'DATABASE_HOST=db.internal\nDATABASE_PORT=5432\nLOG_LEVEL=debug\nFEATURE_FLAGS=a,b'],
    ['.env with quoted values', 'DB_HOST="db.internal"\nDB_USER="app"\nREDIS_URL="redis://cache:6379"\nLOG_LEVEL="info"\nFEATURE_X="true"'],
    ['bullet list', 'Agenda:\n- Budget review (Q3)\n- Hiring plan for the data team\n- Office move: dates and logistics\n- Any other business'],
    [
      'e-mail',
      'From: Alice Martin <alice@acme-demo.com>\nTo: Bruno Petit <bruno@acme-demo.com>\nSubject: Budget\n\nHi Bruno,\n\nPlease find the figures attached; tell me if anything looks wrong.\n\nBest regards,\nAlice',
    ],
    ['Markdown table', '| Region | Q1 | Q2 |\n|---|---|---|\n| North | 10 | 12 |\n| South | 8 | 9 |'],
    ['semicolon-separated figures', 'Q1: 120; Q2: 140; Q3: 160;\nNorth: 10; South: 20;\nTotal: 450;'],
    ['log file', '2024-03-01 10:00:01 INFO  Starting service (pid=4242)\n2024-03-01 10:00:02 WARN  Cache miss ratio=0.42\n2024-03-01 10:00:03 ERROR Connection refused: db:5432'],
    ['numbered recipe', 'Recipe:\n1. Preheat the oven to 180°C (350°F).\n2. Mix flour, sugar, and eggs; whisk well.\n3. Bake for 25 minutes.\n4. Let it cool; serve.'],
    ['two lines of code', 'const a = 1;\nconst b = 2;'],
    ['shell history', '  501  cd ~/projects/api\n  502  git pull --rebase origin main\n  503  export GITHUB_TOKEN=$(gh auth token)\n  504  npm ci && npm run build\n  505  kubectl -n prod logs deploy/api --since=1h'],
    ['parenthesized notes', 'Agenda (draft)\n(1) budget review\n(2) hiring plan\n(3) office move\n(see the wiki for details)'],
    ['prose about options and subs', 'Option Explicit is on by default.\nSub total (before tax): 120 EUR.\nDim lights as we leave, please.\nThe const question remains.'],
    // Lines in capitals that start as SQL's statements and clauses do.
    ['a to-do list in capitals', 'TODO\nCREATE GOOGLE FORM FOR THE SURVEY\nCREATE SLIDES FOR FRIDAY\nON MONDAY: SEND INVITES\nWHEN DONE PING ANNA'],
    ['safety instructions in capitals', 'SAFETY INSTRUCTIONS\nWHEN THE ALARM SOUNDS, LEAVE THE BUILDING\nON EXIT, GATHER AT POINT B\nUSING THE LIFTS IS FORBIDDEN\nON RETURN, REPORT TO YOUR MANAGER'],
    // Prices and a glossary of template variables, written as PowerShell assigns.
    ['exchange rates', 'Exchange notes:\n$1 = 0.92 EUR today\n$1 = 0.79 GBP\n$1 = 151 JPY'],
    ['prices', 'Pricing recap:\n$100 = Starter plan (5 seats)\n$250 = Team plan (20 seats)\n$900 = Enterprise (unlimited)'],
    ['a glossary of variables', 'In the Helm docs they write:\n$name = the release name\n$namespace = the target namespace\n$values = the merged values file\nUse them in templates.'],
    ['an .env file with export', 'export DB_HOST=db.internal\nexport DB_PORT=5432\nexport LOG_LEVEL=debug'],
    [
      "a Terraform plan's output",
      '  # aws_db_instance.orders will be updated in-place\n  ~ resource "aws_db_instance" "orders" {\n        id                     = "db-K8HRJD31"\n      ~ engine_version         = "15.4" -> "16.1"\n        tags                   = {\n            "owner" = "platform"\n        }\n    }\n  # aws_security_group_rule.bastion_ssh will be created\n  + resource "aws_security_group_rule" "bastion_ssh" {\n      + cidr_blocks = [\n          + "${var.office_cidr}",\n        ]\n      + from_port = 22\n    }\nPlan: 0 to add, 1 to change, 1 to destroy.',
    ],
    ["a Terraform plan's replaced resource and data read", '  # aws_instance.web must be replaced\n-/+ resource "aws_instance" "web" {\n      ~ ami = "ami-0a1b" -> "ami-0c2d"\n    }\n <= data "aws_ami" "ubuntu" {\n      + id = (known after apply)\n    }\nPlan: 1 to add, 0 to change, 1 to destroy.'],
    ['a Terraform resource', 'resource "aws_s3_bucket" "exports" {\n  bucket = "pos-exports-999"\n  acl    = "private"\n  tags = {\n    Owner   = "data-platform"\n    Version = "8.3.19"\n  }\n}'],
    [
      "Vault's configuration",
      'storage "consul" {\n  address = "127.0.0.1:8500"\n  path    = "vault/"\n}\n\nlistener "tcp" {\n  address     = "0.0.0.0:8200"\n  tls_disable = 1\n}\n\napi_addr = "https://vault.internal:8200"\nui = true',
    ],
    [
      "Kafka client's .properties",
      'bootstrap.servers=broker-1.internal:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" password="<REDACTED>";\ngroup.id=orders-consumer\nauto.offset.reset=earliest',
    ],
    ['docker-compose with variables', 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_USER: ${POSTGRES_USER:-app}\n  api:\n    image: ghcr.io/acme/api:${TAG}'],
    ['an income statement with accounting negatives', 'Revenue: $12,400\nNet income: $(1,234)\nEBITDA: $(567)\nfor (i) impairment $(4,500)\nfor (ii) restructuring $(800)\nTotal: $(6,101)'],
    ['a price list in quotes', '"$19.99" basic plan\n"$29.99" pro plan\n"$49.99" team plan\nif (annual) then 2 months free;'],
    ['a CI workflow with secrets', 'jobs:\n  deploy:\n    env:\n      NPM_TOKEN: "${{ secrets.NPM_TOKEN }}"\n      AWS_KEY: "${{ secrets.AWS_KEY }}"\n    steps:\n      - run: npm publish'],
    [
      'a dump of rows without their table (mysqldump --no-create-info)',
      "-- dumped with --no-create-info\n\nLOCK TABLES `customers` WRITE;\nINSERT INTO `customers` VALUES (1,'Jane','jane@acme-demo.com'),\n(2,'Bruno','bruno@acme-demo.com'),\n(3,'Chloé','chloe@acme-demo.com');\nUNLOCK TABLES;\nLOCK TABLES `orders` WRITE;\nINSERT INTO `orders` (`id`,`ref`) VALUES (1,'INV-1'),\n(2,'INV-2');\nUNLOCK TABLES;\nLOCK TABLES `shipments` WRITE;\nINSERT INTO `shipments` VALUES (1,'UPS','1Z999');\nUNLOCK TABLES;",
    ],
    ['prose with percentages and a call', 'Revenue grew 12% in Q1 and 9% in Q2 (see f(x) in the appendix).\nMargins held at 41% while costs rose 3% over the year, as planned.\nThe churn rate fell from 5% to 4% after the pricing change in March.\nNext review: 2 May.'],
    // Percentages are not a batch file's %VAR%: list items ending with ';' stay prose.
    ['a list of rates ending with semicolons', "Changements au 1er janvier :\n- la TVA sur l'énergie passe de 5,5 % à 10 % dès janvier ;\n- le taux réduit passe de 7 % à 8,5 % pour l'ensemble des services ;\n- la taxe d'apprentissage reste à 0,68 % de la masse salariale ;\nMerci de mettre à jour les devis."],
    // Its lines start with a quote and the next too, but end with no escaped line break: not a notebook's cell.
    ['unindented JSON', '{\n"client": {\n"nom": "Dupont",\n"ville": "Lyon"\n},\n"commande": {\n"ref": "A-12",\n"total": 120\n},\n"livraison": {\n"mode": "relais",\n"date": "2024-05-02"\n}\n}'],
    ['URL-encoded links', 'Links from the export:\nhttps://example.com/search?q=caf%C3%A9%20cr%C3%A8me&lang=fr\nhttps://example.com/r%C3%A9sum%C3%A9?id=42&ref=mail\nhttps://example.com/%E2%80%9Cquoted%E2%80%9D?x=1'],
    [
      'a JSON list of sentences',
      '{\n  "messages": [\n    "Hello, your order has shipped.\\n",\n    "It should arrive on Tuesday.\\n",\n    "Reply to this e-mail if it does not.\\n",\n    "Thanks for shopping with us!\\n"\n  ]\n}',
    ],
    // A Markdown table whose rows all end with "|" stays data.
    ['a Markdown table', '| Host | Role | Owner |\n|------|------|-------|\n| srv-01 | web | Ann |\n| srv-02 | db | Bo |\n| srv-03 | cache | Cy |'],
    // A batch file's "if not defined" and "set" start sentences too, capitalised: prose comes first.
    ['contract clauses starting "If not defined"', 'If not defined in the order form, the term is one year.\nIf defined there, the order form prevails over these terms.\nSet out below are the fees for each service, in euros.\nIf exist any doubt, the French version prevails.'],
    [
      // A configuration: its directives end as statements do, but are not code.
      'an nginx configuration',
      'upstream api_backend {\n    server 10.0.0.12:8080 max_fails=3 fail_timeout=30s;\n    server 10.0.0.13:8080 backup;\n    keepalive 32;\n}\n\nserver {\n    listen 443 ssl http2;\n    server_name api.example.org;\n    ssl_certificate     /etc/letsencrypt/live/api.example.org/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/api.example.org/privkey.pem;\n    access_log /var/log/nginx/api.access.log main;\n    client_max_body_size 20m;\n\n    location /admin/ {\n        allow 192.0.2.10;\n        deny all;\n        auth_basic "Restricted";\n        proxy_pass http://api_backend;\n    }\n\n    location / {\n        proxy_set_header Host $host;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n        proxy_pass http://api_backend;\n    }\n}',
    ],
    // Its FROM names an image (node:22-alpine), not a table: a build file, not code.
    ['a multi-stage Dockerfile', '# syntax=docker/dockerfile:1.6\nFROM node:22-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\nCOPY . .\nRUN npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\nEXPOSE 8080'],
    ['wrapped prose with code-like words', 'let me know if the import of the data\nworks for you, and return the form\nfor the class of 2024 by Friday.\nThanks.'],
    // Configurations whose blocks open as code's do: an nftables ruleset's table and chain, a wpa_supplicant network.
    [
      'an nftables ruleset',
      '# nftables (13/04/2025)\ntable inet filter {\n  chain input {\n    type filter hook input priority 0; policy drop;\n    ct state established,related accept\n    ip saddr @monitoring tcp dport 443 accept\n  }\n}',
    ],
    ['a wpa_supplicant profile', 'network={\n    ssid="eduroam"\n    key_mgmt=WPA-EAP\n    eap=PEAP\n    phase2="auth=MSCHAPV2"\n    identity="user@example.org"\n    password="<your-password>"\n}'],
    // Rows ending with ";", one blank in their last field: data, not statements.
    ['a semicolon-separated roster', 'Nr;Vorname;Nachname;Termin;Raum;\n2563;Sofia;Schmidt;14:45;H 1.201;\n1853;Camille;Martinez;08:00;H 1.201;\n2428;Sarah;Lefevre;10:45;Amphi 3;'],
    // Prose that ends with "do", and a sentence of many words with one symbol.
    ['a sentence ending with "do"', "Tell me what the 'ops' team should do\nThey were not sure what to do\nI don't know what they do"],
    ['short lines of a chat ending with "do"', 'We know what to do\nAsk them what to do\nSo what do we do\nMaybe this is what they do'],
    // A table's markup holds data: an HTML table pasted from Word. An iOS app's property list is a document.
    [
      'an HTML table',
      '<table class="MsoNormalTable">\n  <tr><th>Ref</th><th>Date</th><th>Amount</th></tr>\n  <tr><td>FA-2024-118</td><td>12/03/2024</td><td>1 250,00 €</td></tr>\n  <tr><td>FA-2024-119</td><td>19/03/2024</td><td>980,00 €</td></tr>\n  <tr><td>FA-2024-120</td><td>26/03/2024</td><td>2 310,50 €</td></tr>\n  <tr><td>Version</td><td>build 19176.3165</td></tr>\n</table>',
    ],
    [
      'a property list',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>Orbit</string>\n\t<key>SecretPath</key>\n\t<string>secret/data/etl/openai</string>\n</dict>\n</plist>',
    ],
  ])('does not report %s at medium or above', (_name, text) => {
    expect(sourceCodeDetector.find(text).filter((f) => f.confidence !== 'low')).toEqual([]);
  });

  it('returns at once on a text of one or two lines', () => {
    expect(sourceCodeDetector.find('function f() { return 1; }')).toEqual([]);
    expect(sourceCodeDetector.find('')).toEqual([]);
  });

  it.each([
    ['long lines of operators', `${'= '.repeat(200)}\n`.repeat(300)],
    ['many blank lines', `def f():\n${'\n'.repeat(50_000)}    return 1`],
  ])('stays linear on %s', (_name, text) => {
    sourceCodeDetector.find(text);
    guessLanguage(text);
  });

  it('handles a large paste quickly enough to stay linear', () => {
    const text = `${SAMPLES.javascript}\n\n`.repeat(400) + 'word '.repeat(20_000);
    const findings = sourceCodeDetector.find(text);
    expect(findings.length).toBeGreaterThan(0);
  });
});

describe('guessLanguage', () => {
  it.each([
    ['<div class="card">\n  <span>Hi</span>\n</div>', 'html'],
    ['.card {\n  color: red;\n  margin: 0 auto;\n}', 'css'],
    ['#!/bin/bash\nif [ -f "$FILE" ]; then\n  echo $FILE\nfi', 'shell'],
    ['Just some words.', null],
  ])('%s -> %s', (code, language) => {
    expect(guessLanguage(code)).toBe(language);
  });
});
