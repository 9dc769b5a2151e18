package org.newsgraph.web.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which hosts may be fetched: only those whose every address is public. Loopback, link-local,
 * private (RFC 1918, IPv6 unique local), carrier-grade NAT, unspecified, multicast and reserved
 * addresses are refused, also when reached through an IPv4-mapped IPv6 address, so that a URL (or
 * a redirect) cannot make newsgraph read a service on the user's own machine or network.
 */
public final class AddressPolicy {
  private AddressPolicy() {}

  /**
   * Resolves the host and returns null when all its addresses are public, else a one-line reason.
   *
   * @throws UnknownHostException when the host does not resolve
   */
  public static String refusal(String host) throws UnknownHostException {
    for (InetAddress address : InetAddress.getAllByName(host)) {
      if (!isPublic(address)) {
        return "refusing " + host + ": " + address.getHostAddress()
            + " is a loopback, link-local or private address (allow it with --allow-private)";
      }
    }
    return null;
  }

  public static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      return isPublicIpv4(b, 0);
    }
    int b0 = b[0] & 0xff;
    if ((b0 & 0xfe) == 0xfc) {
      return false; // fc00::/7, unique local
    }
    boolean zeroPrefix = true;
    for (int i = 0; i < 10; i++) {
      zeroPrefix &= b[i] == 0;
    }
    if (zeroPrefix && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || b[10] == 0 && b[11] == 0)) {
      return isPublicIpv4(b, 12); // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible)
    }
    if (b0 == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      return isPublicIpv4(b, 12); // 64:ff9b::/96, NAT64
    }
    return true;
  }

  private static boolean isPublicIpv4(byte[] b, int at) {
    int b0 = b[at] & 0xff;
    int b1 = b[at + 1] & 0xff;
    int b2 = b[at + 2] & 0xff;
    return !(b0 == 0 // this network
        || b0 == 10
        || b0 == 127
        || b0 == 100 && (b1 & 0xc0) == 64 // 100.64.0.0/10, carrier-grade NAT
        || b0 == 169 && b1 == 254
        || b0 == 172 && (b1 & 0xf0) == 16
        || b0 == 192 && b1 == 168
        || b0 == 192 && b1 == 0 && b2 == 0 // IETF protocol assignments
        || b0 == 198 && (b1 & 0xfe) == 18 // benchmarking
        || b0 >= 224); // multicast, reserved, broadcast
  }
}
