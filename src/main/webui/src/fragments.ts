import { graphql } from "./gql";

// The fields of the shared parts (parts.tsx), written once and spread into each view's single query.
graphql(`
  fragment MeetingLineFields on Meeting {
    id heldOn heldOnDerived dateText status
    forum { id name edition }
    sides {
      country { id name code }
      organization { id name shortName }
      participants { official { id name } }
    }
    topics { id name }
  }
`);

graphql(`
  fragment StatementFields on Statement {
    id text kind saidOn saidOnDerived dateText
    speaker { id name }
    speakerPosition { title }
    relayedBy { id name }
    addresseeCountry { id name }
    addresseeOrganization { id name shortName }
    meeting { id }
    topics { id name }
    articles { id headline }
  }
`);
