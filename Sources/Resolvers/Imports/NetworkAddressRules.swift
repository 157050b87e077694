/// Which resolved addresses a URL import may connect to: only public unicast ones, unless
/// ``RemoteFilePolicy/allowPrivateAddresses`` is set.
enum NetworkAddressRules {
    /// True for loopback, private (RFC 1918, ULA), link-local, CGNAT, unspecified, multicast,
    /// broadcast, documentation/benchmark and IPv4-mapped/compatible forms of those.
    static func isNonPublic(ipv4 a: [UInt8]) -> Bool {
        guard a.count == 4 else { return true }
        switch (a[0], a[1]) {
        case (0, _), (10, _), (127, _): return true
        case (100, 64...127): return true            // carrier-grade NAT
        case (169, 254): return true                 // link-local
        case (172, 16...31): return true
        case (192, 168): return true
        case (192, 0) where a[2] == 0 || a[2] == 2: return true  // IETF protocol, TEST-NET-1
        case (198, 18...19): return true             // benchmarking
        case (198, 51) where a[2] == 100: return true
        case (203, 0) where a[2] == 113: return true
        case (224...255, _): return true             // multicast, reserved, broadcast
        default: return false
        }
    }

    /// The IPv6 counterpart of ``isNonPublic(ipv4:)``.
    static func isNonPublic(ipv6 a: [UInt8]) -> Bool {
        guard a.count == 16 else { return true }
        if a[0..<15].allSatisfy({ $0 == 0 }) { return true }                 // :: and ::1
        if a[0..<10].allSatisfy({ $0 == 0 }) && (a[10...11] == [0xFF, 0xFF] || a[10...11] == [0, 0]) {
            return isNonPublic(ipv4: Array(a[12...15]))                      // ::ffff:a.b.c.d, ::a.b.c.d
        }
        if a[0] & 0xFE == 0xFC { return true }                               // fc00::/7 unique local
        if a[0] == 0xFE && a[1] & 0xC0 == 0x80 { return true }               // fe80::/10 link-local
        if a[0] == 0xFE && a[1] & 0xC0 == 0xC0 { return true }               // fec0::/10 site-local
        if a[0] == 0xFF { return true }                                      // multicast
        if a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0D && a[3] == 0xB8 { return true }  // documentation
        if a[0] == 0x00 && a[1] == 0x64 && a[2] == 0xFF && a[3] == 0x9B {    // 64:ff9b::/96 NAT64
            return isNonPublic(ipv4: Array(a[12...15]))
        }
        return false
    }
}
