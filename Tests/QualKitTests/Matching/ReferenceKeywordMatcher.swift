import Foundation

@testable import QualKit

/// A deliberately simple keyword matcher that the fast ``KeywordMatcher`` is
/// checked against: it folds the text into an array of scalars that each
/// remember the original scalar they came from, then tries every pattern at
/// every scalar that starts a word.
struct ReferenceKeywordMatcher {
  /// The rules, as given to the fast matcher.
  var rules: [KeywordRule]

  /// One scalar of the folded text and the index of the original scalar it
  /// came from.
  private struct FoldedScalar {
    var scalar: Unicode.Scalar
    var origin: Int
  }

  /// Every hit in `text`, searching only `ranges` (UTF-8 byte ranges on
  /// scalar boundaries, sorted and not overlapping).
  func hits(in text: String, ranges: [Range<Int>]) -> [KeywordHit] {
    let scalars = Array(text.unicodeScalars)
    var utf8Offsets: [Int] = [0]
    for scalar in scalars {
      utf8Offsets.append(utf8Offsets[utf8Offsets.count - 1] + UTF8.width(scalar))
    }
    var found: [(code: Int, rule: Int, span: Range<Int>, isExclusion: Bool)] = []
    for byteRange in ranges {
      guard let lower = utf8Offsets.firstIndex(of: byteRange.lowerBound),
        let upper = utf8Offsets.firstIndex(of: byteRange.upperBound)
      else { continue }
      var folded: [FoldedScalar] = []
      for index in lower..<upper {
        for scalar in KeywordFolding.fold(scalars[index]) {
          folded.append(FoldedScalar(scalar: scalar, origin: index))
        }
      }
      for (ruleIndex, rule) in rules.enumerated() {
        let spans: [Range<Int>]
        if rule.pattern.kind == .regex {
          spans = regexSpans(rule.pattern.body, scalars: scalars, lower: lower, upper: upper)
        } else {
          spans = patternSpans(
            rule.pattern, folded: folded, scalars: scalars, lower: lower, upper: upper)
        }
        for span in spans {
          found.append((rule.code, ruleIndex, span, rule.pattern.isExclusion))
        }
      }
    }
    var excluded: Set<[Int]> = []
    for hit in found where hit.isExclusion {
      excluded.insert([hit.code, hit.span.lowerBound, hit.span.upperBound])
    }
    var best: [[Int]: Int] = [:]
    for hit in found where !hit.isExclusion {
      let key = [hit.code, hit.span.lowerBound, hit.span.upperBound]
      if excluded.contains(key) { continue }
      best[key] = min(best[key] ?? Int.max, hit.rule)
    }
    let hits = best.map { key, rule in
      KeywordHit(
        code: key[0], rule: rule, utf8Range: utf8Offsets[key[1]]..<utf8Offsets[key[2]],
        scalarRange: key[1]..<key[2])
    }
    return hits.sorted {
      ($0.scalarRange.lowerBound, $0.scalarRange.upperBound, $0.code)
        < ($1.scalarRange.lowerBound, $1.scalarRange.upperBound, $1.code)
    }
  }

  /// The scalar spans where a word, phrase or stem matches.
  private func patternSpans(
    _ pattern: KeywordPattern, folded: [FoldedScalar], scalars: [Unicode.Scalar], lower: Int,
    upper: Int
  ) -> [Range<Int>] {
    var wanted: [Unicode.Scalar] = []
    for scalar in pattern.body.unicodeScalars {
      wanted.append(contentsOf: scalar == " " ? [" "] : KeywordFolding.fold(scalar))
    }
    var spans: [Range<Int>] = []
    for start in folded.indices {
      let origin = folded[start].origin
      // A hit starts at the first folded scalar of an original scalar that
      // is not preceded by a letter or digit.
      if start > 0, folded[start - 1].origin == origin { continue }
      if origin > lower, Self.isLetterOrDigit(scalars[origin - 1]) { continue }
      var position = start
      var matched = true
      for character in wanted {
        if character == " " {
          guard position < folded.count, Self.isSpace(scalars[folded[position].origin]) else {
            matched = false
            break
          }
          while position < folded.count, Self.isSpace(scalars[folded[position].origin]) {
            position += 1
          }
        } else {
          guard position < folded.count, folded[position].scalar == character,
            !Self.isSpace(scalars[folded[position].origin])
          else {
            matched = false
            break
          }
          position += 1
        }
      }
      guard matched else { continue }
      var end = folded[position - 1].origin + 1
      if pattern.kind == .stem {
        while end < upper, Self.isLetterOrDigit(scalars[end]) { end += 1 }
      } else {
        let endsInsideScalar = position < folded.count && folded[position].origin == end - 1
        if endsInsideScalar { continue }
        if end < upper, Self.isLetterOrDigit(scalars[end]) { continue }
      }
      spans.append(origin..<end)
    }
    return spans
  }

  /// The scalar spans where a regular expression matches, searched in the
  /// range's text on its own.
  private func regexSpans(_ expression: String, scalars: [Unicode.Scalar], lower: Int, upper: Int)
    -> [Range<Int>]
  {
    guard let regex = try? NSRegularExpression(pattern: expression, options: .caseInsensitive)
    else { return [] }
    var piece = String.UnicodeScalarView()
    piece.append(contentsOf: scalars[lower..<upper])
    let string = String(piece)
    // The scalar index at each UTF-16 offset.
    var scalarAt: [Int] = []
    for (index, scalar) in scalars[lower..<upper].enumerated() {
      scalarAt.append(contentsOf: repeatElement(lower + index, count: UTF16.width(scalar)))
    }
    scalarAt.append(upper)
    let whole = NSRange(location: 0, length: string.utf16.count)
    return regex.matches(in: string, range: whole).compactMap { match in
      guard match.range.length > 0 else { return nil }
      return scalarAt[match.range.location]..<scalarAt[match.range.location + match.range.length]
    }
  }

  /// Letters (general category L) and decimal digits.
  static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber:
      return true
    default:
      return false
    }
  }

  /// Unicode `White_Space`.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }
}
