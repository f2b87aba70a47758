/**
 * The GraphQL the theme's pages run, as text. Gatsby reads every `graphql` tag in the files of each
 * installed package whose name has "gatsby" in it, whether or not the site has the package in its
 * plugins, and a query for the theme's types fails where the theme is not switched on. So no file of
 * the theme holds a `graphql` tag: when the theme is on, gatsby-node writes the fragments into the
 * site's `.cache/fragments/` and a page module per template (the template, and its query) into
 * Gatsby's cache folder for the theme (page-modules.ts).
 */

/** What the pages share; a site's own queries can use them too (they exist when the theme is on). */
export const FRAGMENTS = /* GraphQL */ `
  # What the episode cards render: the lists ship no more.
  fragment OpenInfraLiveEpisodeFields on OpenInfraLiveEpisode {
    slug
    path
    number
    title
    date
    start
    dateOnly
    showText {
      day
      time
    }
    description
    speakers {
      name
      affiliation
      role
      path
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
    chapters {
      start
      title
    }
    topics {
      name
      path
    }
  }

  # What the episode navigation shows of the episodes just before and after.
  fragment OpenInfraLiveNeighbourFields on OpenInfraLiveEpisode {
    title
    path
    date
    dateOnly
    showText {
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
      logo {
        image
        alt
        width
        height
      }
      links {
        platform
        label
        url
      }
      newsletter
    }
    callToAction {
      title
      text
      buttonText
      button
      display
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

/** Sorted in the templates, not here: Gatsby 4 and 5 take different `sort` syntaxes, and neither works on both. */
export const PAGE_QUERIES = {
  "show-page": /* GraphQL */ `
    query OpenInfraLiveShowPage($id: String!, $episodeIds: [String!]!) {
      openInfraLivePage(id: { eq: $id }) {
        ...OpenInfraLivePageFields
      }
      allOpenInfraLiveEpisode(filter: { id: { in: $episodeIds } }) {
        nodes {
          ...OpenInfraLiveEpisodeFields
        }
      }
    }
  `,
  "archive-page": /* GraphQL */ `
    query OpenInfraLiveArchivePage($pageId: String!, $episodeIds: [String!]!) {
      openInfraLivePage(id: { eq: $pageId }) {
        ...OpenInfraLivePageFields
      }
      allOpenInfraLiveEpisode(filter: { id: { in: $episodeIds } }) {
        nodes {
          ...OpenInfraLiveEpisodeFields
        }
      }
    }
  `,
  "episode-page": /* GraphQL */ `
    query OpenInfraLiveEpisodePage($id: String!, $pageId: String!, $olderId: String, $newerId: String) {
      openInfraLivePage(id: { eq: $pageId }) {
        ...OpenInfraLivePageFields
      }
      episode: openInfraLiveEpisode(id: { eq: $id }) {
        ...OpenInfraLiveEpisodeFields
      }
      older: openInfraLiveEpisode(id: { eq: $olderId }) {
        ...OpenInfraLiveNeighbourFields
      }
      newer: openInfraLiveEpisode(id: { eq: $newerId }) {
        ...OpenInfraLiveNeighbourFields
      }
    }
  `,
} as const

/** The theme's page templates (src/templates/<name>.tsx). */
export type TemplateName = keyof typeof PAGE_QUERIES
