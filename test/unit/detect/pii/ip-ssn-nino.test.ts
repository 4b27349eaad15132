import { describe, expect, it } from 'vitest';
import { ipv4Detector } from '../../../../utils/detect/pii/ipv4';
import { ipv6Detector, ipv6Valid } from '../../../../utils/detect/pii/ipv6';
import { ukNinoDetector } from '../../../../utils/detect/pii/uk-nino';
import { usSsnDetector } from '../../../../utils/detect/pii/us-ssn';
import type { Detector } from '../../../../utils/detect/types';

// Addresses are private ones or made up; SSNs and NINOs are made up: all fake.
const found = (detector: Detector, text: string) => detector.find(text).map((f) => [text.slice(f.start, f.end), f.confidence]);

describe('ipv4Detector', () => {
  it.each([
    ['with context', 'server IP: 81.42.7.146', '81.42.7.146', 'high'],
    ['in a log line', '[22/Nov/2026] 10.12.0.254 GET /index', '10.12.0.254', 'medium'],
    ['at a sentence end', 'It came from 145.83.12.7.', '145.83.12.7', 'medium'],
    ['with a port', '192.168.1.20:8080', '192.168.1.20', 'medium'],
    ['in a URL', 'http://172.16.4.1/admin', '172.16.4.1', 'medium'],
    ['loopback', 'curl 127.0.0.1', '127.0.0.1', 'low'],
    ['loopback with context', 'host 127.0.0.1', '127.0.0.1', 'low'],
    ['any address with context', '[mysqld]\nbind-address = 0.0.0.0', '0.0.0.0', 'low'],
    ['a netmask with context', 'Subnet mask 255.255.255.0', '255.255.255.0', 'low'],
    ['a network in CIDR notation', 'allowed_cidrs = ["166.173.222.0/24"]', '166.173.222.0', 'low'],
    ['a host in CIDR notation', 'allowed_cidrs = ["166.173.222.17/32"]', '166.173.222.17', 'medium'],
    ['a network address without a prefix length', 'route via 10.20.30.0', '10.20.30.0', 'medium'],
    ['a /16 network', 'subnet 10.20.0.0/16', '10.20.0.0', 'low'],
    ['a host written with a /16', "Client von Herrn Weber: 10.44.7.0/16", '10.44.7.0', 'medium'],
    ['a host address ending in .0 with a /31', 'ip addr add 10.1.2.0/31 dev eth0', '10.1.2.0', 'high'],
    ['a URL path after an address ending in .0', 'curl http://10.10.0.0/health', '10.10.0.0', 'medium'],
    ['a single-digit quad with context', 'server 1.2.3.4', '1.2.3.4', 'medium'],
    ['single-digit quad', 'see 1.2.3.4', '1.2.3.4', 'low'],
    // kubectl describe pod: the node's host name, a slash, its address.
    ['after a host name and a slash', 'Node:         worker-7.eu-west-1.compute.internal/10.0.1.7', '10.0.1.7', 'medium'],
    ['after a node name of letters and a slash', 'Node:         minikube/192.168.49.2', '192.168.49.2', 'medium'],
  ])('finds %s', (_name, text, value, confidence) => {
    expect(found(ipv4Detector, text)).toEqual([[value, confidence]]);
  });

  it.each([
    ['an octet over 255', '192.168.1.256'],
    ['a v-prefixed version', 'v10.2.3.4'],
    ['a version label', 'version 10.2.3.4'],
    ['a build label', 'Build: 10.0.19041.1'],
    ['an OID', '1.3.6.1.4.1.311.21'],
    ['five parts', '10.1.2.3.4'],
    ['three parts (a date)', '22.11.2026'],
    ['leading zeros', '010.001.002.003'],
    ['a user agent', 'Mozilla/5.0 Chrome/120.0.61.109 Safari/537.36'],
    // Chrome's reduced user agent gives its version as four numbers, as Opera's does.
    ["Chrome's reduced user agent", 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'],
    ["Opera's version", 'Safari/537.36 OPR/105.0.0.0'],
    ['a product at the start of a line', 'Chrome/120.0.0.0'],
    ['a product in JSON', '{"ua":"Chrome/120.0.0.0"}'],
    ['a version in JSON', '{"message":"Login failed","version":"28.0.9.3"}'],
    ['a build as the last word of a key', 'min_app_build = 4.7.8.132\nMIN_APP_BUILD=4.1.28.25\n{"minAppBuild": "6.0.8.192"}'],
    ["a version in a PHP array", "  'version' => '29.0.6.1',"],
    ['a version in a package path', 'https://www.nuget.org/packages/System.Data.SQLite/1.0.118.0'],
  ])('ignores %s', (_name, text) => {
    expect(found(ipv4Detector, text)).toEqual([]);
  });
});

describe('ipv6Detector', () => {
  it.each([
    ['full form', 'addr 2a01:0cb1:85a3:0000:0000:8a2e:0370:7334', '2a01:0cb1:85a3:0000:0000:8a2e:0370:7334', 'high'],
    ['compressed', 'from 2a01:cb1c::ff00:42:8329 ok', '2a01:cb1c::ff00:42:8329', 'medium'],
    ['IPv4 tail', 'client ::ffff:192.0.2.128', '::ffff:192.0.2.128', 'low'],
    ['link-local with context', 'IPv6 fe80::1', 'fe80::1', 'medium'],
    ['loopback with context', 'database:\n  host: ::1\n  port: 5432', '::1', 'low'],
    ['in brackets with a port', '[2a01:cb1c:0:1::5]:443', '2a01:cb1c:0:1::5', 'medium'],
  ])('finds %s', (_name, text, value, confidence) => {
    expect(found(ipv6Detector, text)).toEqual([[value, confidence]]);
  });

  it.each([
    ['a time', '12:30:45'],
    ['a MAC address', '00:1A:2B:3C:4D:5E'],
    ['two "::"', '2001::db8::1'],
    ['a bare "::"', 'Foo:: bar'],
    ['a C++ scope', 'std::vector<int>'],
    ['nine groups', '1:2:3:4:5:6:7:8:9'],
    ['a colon-separated fingerprint', 'MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48'],
  ])('ignores %s', (_name, text) => {
    expect(found(ipv6Detector, text).filter(([, c]) => c !== 'low')).toEqual([]);
  });

  it.each([
    ['::1', true],
    ['1:2:3:4:5:6:7:8', true],
    ['1:2:3:4:5:6:7', false],
    ['1::2:3:4:5:6:7:8', false],
    ['::ffff:1.2.3.256', false],
    ['12345::1', false],
    ['::', false],
    ['::192.0.2.1', true],
  ])('ipv6Valid(%s) = %s', (value, valid) => {
    expect(ipv6Valid(value)).toBe(valid);
  });
});

describe('usSsnDetector', () => {
  it.each([
    ['dashed with context', 'SSN: 536-22-1234', '536-22-1234', 'high'],
    ['dashed, no context', 'employee 536-22-1234', '536-22-1234', 'medium'],
    ['spaced, no context', 'id 536 22 1234', '536 22 1234', 'low'],
    ['compact with context', 'Social Security Number 536221234', '536221234', 'high'],
    ['published sample', 'SSN 078-05-1120', '078-05-1120', 'low'],
    ['textbook sample', 'SSN 123-45-6789', '123-45-6789', 'low'],
    ['dashed after an amount', 'Total 4744.11 298-59-6458', '298-59-6458', 'medium'],
    ['dashed after a domain with "company"', 'jo@mail.company.co.uk\t4744.11\t298-59-6458', '298-59-6458', 'medium'],
    ['compact, SSN column header rows above', 'id;name;ssn;city\n1;Ann;298596458;Oslo\n2;Bo;298596458;Rome\n3;Cy;298596458;Bonn', '298596458', 'high'],
    ['spaced, SSN column header in a TSV', 'id\tSocial_Security_Number\n1\t601 92 5712\n2\t601 92 5712', '601 92 5712', 'high'],
    ['spaced, SSN column of a quoted CSV whose cells hold commas', '"id","name","ssn","ltv"\n"1","Doe, Ann","601 92 5712","6,248.49"\n"2","Roe, Bo","601 92 5712","1,020.00"', '601 92 5712', 'high'],
    ['compact below an "SSN:" label', 'SSN:\n298596458', '298596458', 'high'],
    ['spaced, SSN header of an HTML table', '<tr><th>Name</th><th>SSN</th></tr>\n<tr><td>Ann</td><td>601 92 5712</td></tr>', '601 92 5712', 'high'],
    ['spaced, after a key ending in ssn', 'customer_ssn: 601 92 5712', '601 92 5712', 'high'],
    // French and Spanish name the US number in their own words.
    ['spaced, in a French sentence', 'Son numéro de sécurité sociale américain est 601 92 5712.', '601 92 5712', 'high'],
    ['spaced, in a Spanish sentence', 'El número de seguridad social de EE. UU. es 601 92 5712.', '601 92 5712', 'high'],
    ['spaced, after a camelCase key ending in Ssn', "customerSsn: '601 92 5712'", '601 92 5712', 'high'],
    ['dashed, a SIREN key on the line before it', '{"siren": "514414201", "ssn": "601-92-5712"}', '601-92-5712', 'high'],
    ["dashed, a company's name in the cell before it", 'name,company,ssn\nJohn Carter,Acme Company,536-22-8145', '536-22-8145', 'high'],
    ['dashed, an employer on the line above', 'Employer: Hooli Company\nSSN 536-22-8145', '536-22-8145', 'high'],
  ])('finds %s', (_name, text, value, confidence) => {
    expect(found(usSsnDetector, text).slice(-1)).toEqual([[value, confidence]]);
  });

  it.each([
    ['a customer number the line after an SSN example', 'Invalid SSN example: 000-12-3456\nNuméro client 533137327'],
    ['a phone in the next column of an SSN table', 'id;ssn;telefono\n1;298-59-6458;615869094\n2;298-59-6458;615869094'],
    // French and Spanish words for social security raise only a number in groups: not a phone, a file's or a claim's number.
    ['a phone after the Spanish social security', 'Tesorería General de la Seguridad Social, tel. 868123456'],
    ['a claim number after the French social security', 'Remboursement sécurité sociale — décompte n° 452187036'],
    ['a customer number in a table without SSN header', 'id;client;ville\n1;533137327;Lyon\n2;533137328;Nice'],
  ])('does not report as an SSN %s', (_name, text) => {
    expect(found(usSsnDetector, text).filter(([value]) => !String(value).includes('-'))).toEqual([]);
  });

  it.each([
    ['area 000', 'SSN 000-22-1234'],
    ['area 666', 'SSN 666-22-1234'],
    ['area 9xx', 'SSN 936-22-1234'],
    ['group 00', 'SSN 536-00-1234'],
    ['serial 0000', 'SSN 536-22-0000'],
    ['compact without context', 'total 536221234'],
    ['mixed separators', 'SSN 536-22 1234'],
    ['a date', '2026-11-22'],
    ['part of a longer number', '1536-22-12345'],
  ])('ignores %s', (_name, text) => {
    expect(found(usSsnDetector, text)).toEqual([]);
  });
});

describe('ukNinoDetector', () => {
  it.each([
    ['spaced with context', 'National Insurance number: AB 12 34 56 C', 'AB 12 34 56 C', 'high'],
    ['compact, no context', 'ref JP123456D', 'JP123456D', 'medium'],
    ['NI no.', 'NI No ZX 98 76 54 A', 'ZX 98 76 54 A', 'high'],
  ])('finds %s', (_name, text, value, confidence) => {
    expect(found(ukNinoDetector, text)).toEqual([[value, confidence]]);
  });

  it.each([
    ['a banned prefix', 'NINO GB 12 34 56 C'],
    ...['BG', 'NK', 'KN', 'TN', 'NT', 'ZZ'].map((pair) => [`the prefix ${pair}`, `NINO ${pair}123456C`]),
    ['Q first', 'NINO QQ123456C'],
    ['F second', 'NINO AF 12 34 56 C'],
    ['five digits', 'NINO AB12345C'],
    ['D first', 'NINO DA 12 34 56 C'],
    ['O second', 'NINO AO 12 34 56 C'],
    ['suffix E', 'NINO AB 12 34 56 E'],
    ['lower case', 'ab123456c'],
    ['inside a word', 'XAB123456C'],
  ])('ignores %s', (_name, text) => {
    expect(found(ukNinoDetector, text)).toEqual([]);
  });
});
