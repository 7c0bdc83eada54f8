import QualKit
import Testing

@Suite struct SurveyDescriptionTests {
  @Test("Counts, percentages of valid answers and every level listed at 0")
  func counts() throws {
    let (survey, _) = try readSurvey(
      "id,arm,Q1,Q2\nA,x,I meget høj grad,Ved ikke\nB,x,I meget høj grad,\nC,y,Slet ikke,Slet ikke\n"
    )
    let description = try SurveyDescription(survey, by: "arm")
    let q1 = description.items[0]
    #expect(q1.groups.map(\.group) == ["x", "y", "all"])
    #expect(q1.groups[0].counts == [2, 0, 0, 0])
    #expect(q1.groups[0].percents == [1, 0, 0, 0])
    #expect(q1.groups[2].topTwoBox == 2.0 / 3.0)
    let q2 = description.items[1]
    #expect(q2.groups[0].valid == 0)
    #expect(q2.groups[0].blank == 1)
    #expect(q2.groups[0].dontKnow == 1)
    #expect(q2.groups[0].percents == nil)
    #expect(q2.groups[0].descriptive.median == nil)
  }

  @Test("A group of one has no SD; a group with no valid answers leaves the test undefined")
  func smallGroups() throws {
    let (survey, _) = try readSurvey(
      "id,arm,Q1,Q2\nA,x,Slet ikke,Ved ikke\nB,y,I nogen grad,Ved ikke\n")
    let description = try SurveyDescription(survey, by: "arm")
    let q1 = description.items[0]
    #expect(q1.groups[0].descriptive.mean == 1)
    #expect(q1.groups[0].descriptive.standardDeviation == nil)
    #expect(q1.test?.value != nil)
    let q2 = description.items[1]
    #expect(q2.test?.value == nil)
    #expect(q2.test?.explanation == "a group has no valid answers")
    let construct = description.constructs[0]
    #expect(construct.groups[0].alpha.value == nil)
    #expect(
      construct.groups[0].alpha.explanation == "alpha needs at least two items"
        || construct.groups[0].alpha.explanation == "alpha needs at least two complete cases")
  }

  @Test("An item every respondent answered 'Ved ikke' has nulls with reasons in JSON, never NaN")
  func allDontKnow() throws {
    let (survey, _) = try readSurvey("id,arm,Q1,Q2\nA,x,Ved ikke,Ved ikke\nB,y,Ved ikke,Ved ikke\n")
    let description = try SurveyDescription(survey, by: "arm")
    let json = SurveyDescriptionWriter.json(description).rendered()
    #expect(!json.contains("nan") && !json.contains("NaN"))
    #expect(json.contains(#""median":null"#))
    #expect(json.contains(#""undefined":{"all":"no valid answers"}"#))
    #expect(json.contains(#""undefined":"a group has no valid answers""#))
    let text = TableFormat.text.render(description.tables())
    #expect(text.contains("n/a [1]"))
    #expect(text.contains("[1] no valid answers"))
  }

  @Test("Reverse-scored items are described as answered and mirrored in construct scores")
  func reverseItems() throws {
    let (survey, _) = try readSurvey(
      "id,arm,Q1,Q2\nA,x,I meget høj grad,Slet ikke\nB,x,Kun i ringe grad,I nogen grad\n")
    let description = try SurveyDescription(survey)
    #expect(description.items[1].groups[0].descriptive.mean == 2)
    // Scores: A (4 + 4) / 2 = 4, B (2 + 2) / 2 = 2.
    #expect(description.constructs[0].groups[0].descriptive.mean == 3)
    #expect(description.constructs[0].groups[0].alpha.value == 1)
  }

  @Test("Grouping by a column the survey lacks names the nearest columns")
  func unknownGroupColumn() throws {
    let (survey, _) = try readSurvey("id,arm,Q1,Q2\nA,x,,\n")
    #expect(throws: SurveyError.self) { try SurveyDescription(survey, by: "Arm") }
    do {
      _ = try SurveyDescription(survey, by: "arms")
    } catch {
      #expect(error.message == "no column 'arms' to group by in the survey (nearest: 'arm', 'id')")
    }
  }

  @Test("Groups in first-appearance order; empty group values only in 'all'")
  func groupOrder() throws {
    let (survey, _) = try readSurvey("id,arm,Q1,Q2\nA,y,,\nB,,,\nC,x,,\nD,y,,\n")
    let description = try SurveyDescription(survey, by: "arm")
    #expect(description.groups == ["y", "x"])
    #expect(description.ungrouped == 1)
    #expect(description.items[0].groups.map(\.total) == [2, 1, 4])
  }

  @Test("Three groups are compared by Kruskal-Wallis in JSON and in the tables")
  func threeGroups() throws {
    let (survey, _) = try readSurvey(
      "id,arm,Q1,Q2\nA,x,Slet ikke,\nB,y,I nogen grad,\nC,z,I meget høj grad,\nD,x,Slet ikke,\nE,y,Kun i ringe grad,\nF,z,I nogen grad,\n"
    )
    let description = try SurveyDescription(survey, by: "arm")
    #expect(description.items[0].test == nil)
    let value = try #require(description.items[0].kruskalWallis?.value)
    #expect(value.degreesOfFreedom == 2)
    #expect(
      description.items[1].kruskalWallis?.explanation == "fewer than two groups have valid answers")
    let json = SurveyDescriptionWriter.json(description).rendered()
    #expect(json.contains(#""test":{"test":"kruskal-wallis","n":[2,2,2],"H":"#))
    let text = TableFormat.text.render(description.tables())
    #expect(text.contains("Group comparison: x, y, z"))
  }
}
