import { networkInterfaces } from 'node:os';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { sendError } from './errors';

/** Names a platform on this machine always answers to: the loopback names. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** A wildcard bind address: the platform is reachable at every address of the machine. */
const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** `Example.ORG`, `[::1]` and `::1` compare equal to how they are listed. */
const normalise = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');

/**
 * The host names the platform answers to when none are configured: the loopback names and the address it binds
 * to; bound to every address (0.0.0.0, ::), each of the machine's own addresses.
 */
export function defaultAllowedHosts(bindHost: string): string[] {
  const own = WILDCARDS.has(bindHost)
    ? Object.values(networkInterfaces()).flatMap((addresses) => (addresses ?? []).map((item) => item.address))
    : [bindHost];
  return [...new Set([...LOOPBACK_NAMES, ...own].map(normalise))];
}

/** `a.example, 10.0.0.5` (CLI option or PLATFORM_ALLOWED_HOSTS) as a list; empty entries dropped. */
export const parseAllowedHosts = (value: string): string[] =>
  value
    .split(',')
    .map(normalise)
    .filter((name) => name !== '');

/** The name part of a Host header (`name`, `name:port`, `[v6]:port`), or null when there is none. */
function hostName(header: string | undefined): string | null {
  if (header === undefined) return null;
  const value = header.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1] !== undefined) return normalise(bracketed[1]);
  const plain = /^([^:\s/]+)(?::\d+)?$/.exec(value);
  return plain?.[1] === undefined ? null : normalise(plain[1]);
}

/**
 * onRequest hook for every route, run first: a request must name one of `allowed` as its Host (against DNS
 * rebinding: a web page on another name that resolves to this machine is refused). No Host, or an unreadable
 * one, is a 400; a name not on the list a 421 (Misdirected Request). The port is not compared: a reverse proxy
 * may sit in front.
 */
export function hostCheck(allowed: readonly string[]): onRequestAsyncHookHandler {
  const names = new Set(allowed.map(normalise));
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const name = hostName(request.headers.host);
    if (name === null) return sendError(reply, 400, 'HOST_MISSING');
    if (!names.has(name)) return sendError(reply, 421, 'HOST_NOT_ALLOWED', name.slice(0, 100));
  };
}
