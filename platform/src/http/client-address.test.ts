import type { Request } from 'express';
import { gatewayKey, gatewayRequestId } from './client-address';

const KEY = gatewayKey('internal-secret');
const ID = '3f2b8c1e-9a4d-4e7f-8b6a-2c1d0e9f8a7b';
const request = (headers: Record<string, string>) => ({ header: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;

test('the gateway’s request id is taken with the gateway’s key', () => {
  expect(gatewayRequestId(request({ 'x-hub-gateway-request-id': ID, 'x-hub-gateway-key': KEY }), KEY)).toBe(ID);
});

test('without the key, with a wrong key, or not a UUID, there is none', () => {
  expect(gatewayRequestId(request({ 'x-hub-gateway-request-id': ID }), KEY)).toBeNull();
  expect(gatewayRequestId(request({ 'x-hub-gateway-request-id': ID, 'x-hub-gateway-key': gatewayKey('other') }), KEY)).toBeNull();
  expect(gatewayRequestId(request({ 'x-hub-gateway-request-id': 'chosen-by-me', 'x-hub-gateway-key': KEY }), KEY)).toBeNull();
  expect(gatewayRequestId(request({ 'x-hub-gateway-key': KEY }), KEY)).toBeNull();
});
