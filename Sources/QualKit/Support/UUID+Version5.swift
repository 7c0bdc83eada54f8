public import Foundation

extension UUID {
  /// The name space of fully qualified domain names (RFC 9562 §6.6).
  public static let dnsNamespace = UUID(uuid: namespace(0x10))
  /// The name space of URLs (RFC 9562 §6.6).
  public static let urlNamespace = UUID(uuid: namespace(0x11))
  /// The name space of ISO object identifiers (RFC 9562 §6.6).
  public static let oidNamespace = UUID(uuid: namespace(0x12))
  /// The name space of X.500 distinguished names (RFC 9562 §6.6).
  public static let x500Namespace = UUID(uuid: namespace(0x14))

  /// The name-based UUID, version 5, of `name` in `namespace` (RFC 9562
  /// §5.5): the first 16 bytes of the SHA-1 of the namespace's 16 bytes and
  /// the name's UTF-8, with the version (5) and variant (`10`) bits set.
  ///
  /// The same namespace and name give the same UUID on every machine and in
  /// every run, which is what lets a rewrite keep an object's GUID.
  ///
  /// ```swift
  /// UUID(version5: .dnsNamespace, name: "python.org")
  /// // 886313e1-3b8a-5372-9b90-0c9aee199e5d (Python's uuid.uuid5 gives the same)
  /// ```
  public init(version5 namespace: UUID, name: String) {
    var hash = SHA1()
    hash.update(namespace.bytes)
    hash.update(name.utf8)
    var bytes = Array(hash.finalize().prefix(16))
    bytes[6] = bytes[6] & 0x0F | 0x50
    bytes[8] = bytes[8] & 0x3F | 0x80
    self.init(uuid: Self.tuple(bytes))
  }

  /// The UUID as 36 lowercase characters, `8-4-4-4-12` hex digits.
  ///
  /// ``Foundation/UUID/uuidString`` is upper case; RFC 9562 §4 asks for
  /// lower case on output (and any case on input).
  public var lowercasedString: String { uuidString.lowercased() }

  /// The version number in bits 48–51 (5 for a name-based SHA-1 UUID).
  public var version: Int { Int(uuid.6 >> 4) }

  /// The 16 bytes in network order.
  var bytes: [UInt8] {
    let value = uuid
    return [
      value.0, value.1, value.2, value.3, value.4, value.5, value.6, value.7, value.8, value.9,
      value.10, value.11, value.12, value.13, value.14, value.15,
    ]
  }

  /// The RFC's predefined namespaces differ only in their last byte of the
  /// first group: `6ba7b8xx-9dad-11d1-80b4-00c04fd430c8`.
  private static func namespace(_ byte: UInt8) -> uuid_t {
    tuple([
      0x6B, 0xA7, 0xB8, byte, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30,
      0xC8,
    ])
  }

  /// Sixteen bytes as the tuple Foundation's UUID is made from.
  private static func tuple(_ b: [UInt8]) -> uuid_t {
    (
      b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
      b[15]
    )
  }
}
