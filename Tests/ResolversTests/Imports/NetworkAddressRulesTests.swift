import Testing
@testable import Resolvers

@Suite("Network address rules for URL imports")
struct NetworkAddressRulesTests {
    @Test(arguments: [
        ([127, 0, 0, 1], true), ([10, 1, 2, 3], true), ([172, 16, 0, 1], true), ([172, 31, 255, 255], true),
        ([192, 168, 1, 1], true), ([169, 254, 169, 254], true), ([100, 64, 0, 1], true), ([0, 0, 0, 0], true),
        ([224, 0, 0, 1], true), ([255, 255, 255, 255], true),
        ([172, 32, 0, 1], false), ([8, 8, 8, 8], false), ([93, 184, 216, 34], false), ([100, 128, 0, 1], false),
    ] as [([UInt8], Bool)])
    func ipv4(address: [UInt8], nonPublic: Bool) {
        #expect(NetworkAddressRules.isNonPublic(ipv4: address) == nonPublic)
    }

    @Test func ipv6() {
        func bytes(_ groups: [UInt16]) -> [UInt8] { groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }
        #expect(NetworkAddressRules.isNonPublic(ipv6: bytes([0, 0, 0, 0, 0, 0, 0, 1])))          // ::1
        #expect(NetworkAddressRules.isNonPublic(ipv6: bytes([0, 0, 0, 0, 0, 0, 0, 0])))          // ::
        #expect(NetworkAddressRules.isNonPublic(ipv6: bytes([0xFE80, 0, 0, 0, 0, 0, 0, 1])))     // link-local
        #expect(NetworkAddressRules.isNonPublic(ipv6: bytes([0xFD00, 0, 0, 0, 0, 0, 0, 1])))     // unique local
        #expect(NetworkAddressRules.isNonPublic(ipv6: bytes([0, 0, 0, 0, 0, 0xFFFF, 0x7F00, 1]))) // ::ffff:127.0.0.1
        #expect(!NetworkAddressRules.isNonPublic(ipv6: bytes([0, 0, 0, 0, 0, 0xFFFF, 0x0808, 0x0808])))
        #expect(!NetworkAddressRules.isNonPublic(ipv6: bytes([0x2606, 0x4700, 0, 0, 0, 0, 0x6810, 0x84E5])))
    }
}
