/**
 * The GraphQL fragments the theme's templates share. Gatsby finds fragments in any file of the
 * theme, so nothing imports this module; it is where they are written once.
 */
import { graphql } from "gatsby"

export const fragments = graphql`
  # What the episode cards render: the lists ship no more.
  fragment OpenInfraLiveEpisodeFields on OpenInfraLiveEpisode {
    slug
    path
    number
    title
    date
    dateOnly
    utcText {
      day
      time
    }
    description
    speakers {
      name
      affiliation
      role
    }
    youtube {
      id
      watchUrl
      embedUrl
      thumbnailUrl
      thumbnail {
        src
        srcSet
        webpSrcSet
        width
        height
      }
    }
    links {
      youtube
      facebook
      linkedin
      superuserRecap
      spotify
      applePodcasts
    }
    calendarInvite
    inviteGenerated
  }

  # What the episode navigation shows of the episodes just before and after.
  fragment OpenInfraLiveNeighbourFields on OpenInfraLiveEpisode {
    title
    path
    date
    utcText {
      day
      time
    }
  }

  fragment OpenInfraLivePageFields on OpenInfraLivePage {
    path
    seo {
      title
      description
      url
      image
      twitterUsername
    }
    hero {
      title
      description
    }
    footer {
      title
      subTitle
      buttonText
      button
      display
    }
  }
`
