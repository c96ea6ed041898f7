"""The self-assessment reports over the implementation years; reuses render's sandbox and writer and the office writers."""
