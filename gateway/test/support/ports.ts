// A free TCP port on the loopback interface (bound once, released, handed out): the embedded database's picker.
export { freePort } from '#platform/db/embedded';
