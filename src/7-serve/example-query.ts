// The query the IDE opens with: the Belarusian delegation at the restricted talks with the
// evidence of each attendance, as the README shows it (tests/readme.test.ts runs it there).

export const EXAMPLE_QUERY = `{
  events(format: RESTRICTED_TALKS) {
    nodes {
      attendees(delegation: "Belarus") {
        person {
          name
        }
        role
        evidence {
          quote
          start
          end
          url
          document {
            title
            url
          }
        }
      }
    }
  }
}
`;
