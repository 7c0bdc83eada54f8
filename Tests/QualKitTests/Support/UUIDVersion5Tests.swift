import Foundation
import Testing

@testable import QualKit

@Suite struct UUIDVersion5Tests {
  /// Python's `uuid.uuid5` (CPython 3.x) for the four predefined
  /// namespaces, and RFC 9562 Appendix A.4 (`www.example.com` in the DNS
  /// namespace).
  @Test(
    "Matches published and reference values",
    arguments: [
      (UUID.dnsNamespace, "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d"),
      (UUID.dnsNamespace, "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2"),
      (UUID.urlNamespace, "https://www.qualkit.org/", "30ea8fde-fad7-5ce8-9c22-ad76ad12ff37"),
      (UUID.oidNamespace, "1.3.6.1", "1447fa61-5277-5fef-a9b3-fbc6e44f4af3"),
      (UUID.x500Namespace, "cn=John Doe", "6b28d549-d26e-5bfc-ae5e-9a39af63dc3f"),
      (UUID.dnsNamespace, "Aarhus – mestring æøå 😀", "39e5e9cd-aefb-5843-8d00-1e2df51791ec"),
    ])
  func reference(namespace: UUID, name: String, expected: String) {
    let uuid = UUID(version5: namespace, name: name)
    #expect(uuid.lowercasedString == expected)
    #expect(uuid.version == 5)
  }

  @Test("The predefined namespaces are those of RFC 9562 §6.6")
  func namespaces() {
    #expect(UUID.dnsNamespace.lowercasedString == "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
    #expect(UUID.urlNamespace.lowercasedString == "6ba7b811-9dad-11d1-80b4-00c04fd430c8")
    #expect(UUID.oidNamespace.lowercasedString == "6ba7b812-9dad-11d1-80b4-00c04fd430c8")
    #expect(UUID.x500Namespace.lowercasedString == "6ba7b814-9dad-11d1-80b4-00c04fd430c8")
  }

  @Test("The variant bits are 10 and different names give different UUIDs")
  func variantAndSpread() {
    var seen = Set<UUID>()
    for index in 0..<500 {
      let uuid = UUID(version5: .urlNamespace, name: "name \(index)")
      #expect(uuid.uuid.8 & 0xC0 == 0x80)
      #expect(uuid.version == 5)
      seen.insert(uuid)
    }
    #expect(seen.count == 500)
  }
}
